package dev.zhengzhao.core.port;

import java.time.Instant;
import java.util.List;

/** The append-only audit of who did what to which licence, with what outcome. */
public interface AuditTrail {
    void record(Entry entry);

    /** Appends many entries at once (one round trip where the store allows it). */
    default void recordAll(List<Entry> entries) {
        entries.forEach(this::record);
    }

    /** The entries about one licence identifier, oldest first, at most {@code limit}. */
    List<Entry> about(String licenceId, int limit);

    /**
     * One audit entry. Personal identifiers never go in here: licences by identifier, callers by
     * key or account name.
     *
     * @param action e.g. ISSUE, AMEND, STATUS_REVOKE, VERIFY_QR, VERIFY_PDF
     * @param outcome e.g. OK, VALID, INVALID, INDETERMINATE, or an error code slug
     */
    record Entry(
            Instant at, String actor, String role, String action, String licenceId, String outcome, String detail) {}
}
