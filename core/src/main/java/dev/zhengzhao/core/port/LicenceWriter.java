package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.core.status.StatusEvent;
import java.time.Instant;
import java.util.List;

/**
 * Writes to the repository. Every method is one transaction: on any error nothing is stored.
 * Errors are {@code ZhengzhaoException}s with codes such as DUPLICATE_LICENCE_NUMBER,
 * IDEMPOTENCY_KEY_REUSED, ILLEGAL_STATUS_TRANSITION and LICENCE_NOT_FOUND.
 */
public interface LicenceWriter {
    /**
     * Stores a new licence (version 1) and its ISSUED event. With an idempotency key, a repeat of the
     * same request (same {@code requestHash}) returns the licence stored the first time; a different
     * request under the same key is refused.
     */
    Stored issue(LicenceRecord record, Idempotency idempotency, String actor);

    /** Stores many new licences in batches; each element is stored or refused on its own. */
    List<BatchResult> issueAll(List<LicenceRecord> records, String actor);

    /**
     * Stores {@code next} as the new version of the licence and marks the previous version
     * SUPERSEDED, in one transaction. The previous version must be VALID and the newest.
     */
    Stored amend(LicenceRecord next, Idempotency idempotency, String actor, String reason);

    /** Applies a status action to a version and appends the event. */
    StatusEvent changeStatus(LicenceId id, StatusAction action, String reason, String actor, Instant at);

    /**
     * Idempotent upsert of a licence pushed from a city or county system: absent → stored (IMPORTED);
     * present with the same signed record → nothing; present with another status → the status follows
     * (through the allowed transitions); present with different signed content → refused.
     */
    ImportResult upsert(LicenceRecord record, String actor);

    /** An idempotency key and a hash of the request body it came with. */
    record Idempotency(String key, String requestHash) {}

    /** A stored (or, on replay, previously stored) licence. */
    record Stored(LicenceRecord record, boolean replayed) {}

    /** One element of a batch: the record stored, or the error that refused it. */
    record BatchResult(LicenceId id, boolean stored, dev.zhengzhao.core.error.ErrorCode error, String message) {}

    /** What an upsert did. */
    enum ImportResult {
        INSERTED,
        UNCHANGED,
        STATUS_UPDATED
    }
}
