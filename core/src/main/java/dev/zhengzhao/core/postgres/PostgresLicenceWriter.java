package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.core.status.StatusEvent;
import dev.zhengzhao.core.status.StatusEvent.EventKind;
import dev.zhengzhao.core.status.StatusLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Writes licences, versions and status changes. Each public method is one transaction; a domain
 * error raised inside it rolls everything back, so nothing is ever half-written.
 */
public final class PostgresLicenceWriter implements LicenceWriter {
    /** Rows per transaction in {@link #issueAll}: large enough to amortise round trips, small enough to retry. */
    static final int BATCH_SIZE = 500;

    private final Jdbc jdbc;

    public PostgresLicenceWriter(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Stored issue(LicenceRecord record, Idempotency idempotency, String actor) {
        requireVersion(record, 1);
        return jdbc.inTransaction(c -> {
            Optional<Stored> replay = claimIdempotencyKey(c, idempotency, actor, record.id());
            if (replay.isPresent()) {
                return replay.get();
            }
            claimNumber(c, record.licence());
            insertLicence(c, record);
            EventRows.append(c, event(record, EventKind.ISSUED, null, actor, null));
            return new Stored(record, false);
        });
    }

    @Override
    public List<BatchResult> issueAll(List<LicenceRecord> records, String actor) {
        List<BatchResult> results = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<LicenceRecord> chunk = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            try {
                results.addAll(jdbc.inTransaction(c -> storeChunk(c, chunk, actor)));
            } catch (ZhengzhaoException e) {
                for (LicenceRecord r : chunk) {
                    results.add(new BatchResult(r.id(), false, e.code(), e.getMessage()));
                }
            }
        }
        return results;
    }

    private List<BatchResult> storeChunk(Connection c, List<LicenceRecord> chunk, String actor) throws SQLException {
        for (LicenceRecord r : chunk) {
            requireVersion(r, 1);
        }
        int[] numbered;
        try (PreparedStatement ps = c.prepareStatement(NumberRows.CLAIM)) {
            for (LicenceRecord r : chunk) {
                NumberRows.bind(ps, r.licence());
                ps.addBatch();
            }
            numbered = counted(ps.executeBatch());
        }
        List<LicenceRecord> accepted = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (numbered[i] == 1) {
                accepted.add(chunk.get(i));
            }
        }
        int[] inserted;
        try (PreparedStatement ps = c.prepareStatement(LicenceRows.INSERT)) {
            for (LicenceRecord r : accepted) {
                LicenceRows.bindInsert(ps, r);
                ps.addBatch();
            }
            inserted = accepted.isEmpty() ? new int[0] : counted(ps.executeBatch());
        }
        List<StatusEvent> events = new ArrayList<>();
        List<LicenceRecord> clashing = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            if (inserted[i] == 1) {
                events.add(event(accepted.get(i), EventKind.ISSUED, null, actor, null));
            } else {
                clashing.add(accepted.get(i));
            }
        }
        NumberRows.release(c, clashing);
        if (!events.isEmpty()) {
            EventRows.appendAll(c, events);
        }
        List<BatchResult> results = new ArrayList<>(chunk.size());
        int a = 0;
        for (int i = 0; i < chunk.size(); i++) {
            LicenceRecord r = chunk.get(i);
            if (numbered[i] != 1) {
                results.add(new BatchResult(
                        r.id(), false, ErrorCode.DUPLICATE_LICENCE_NUMBER, duplicateNumber(r.licence())));
            } else if (inserted[a++] != 1) {
                results.add(new BatchResult(r.id(), false, ErrorCode.DUPLICATE_LICENCE_ID, duplicateId(r.id())));
            } else {
                results.add(new BatchResult(r.id(), true, null, null));
            }
        }
        return results;
    }

    /**
     * The per-row counts of a batch. With pgjdbc's reWriteBatchedInserts the driver reports
     * SUCCESS_NO_INFO instead, and which rows a conflict skipped can no longer be told: refuse that
     * setting rather than guess (a guess would claim numbers for licences never stored).
     */
    private static int[] counted(int[] counts) {
        for (int count : counts) {
            if (count < 0) {
                throw new ZhengzhaoException(
                        ErrorCode.STORAGE_UNAVAILABLE,
                        "the JDBC driver does not report per-row batch counts; remove reWriteBatchedInserts from the database URL");
            }
        }
        return counts;
    }

    @Override
    public Stored amend(LicenceRecord next, Idempotency idempotency, String actor, String reason) {
        LicenceId id = next.id();
        if (id.version() < 2) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "an amendment stores version 2 or later");
        }
        LicenceId previousId = next.licence().previousVersion().orElseThrow();
        return jdbc.inTransaction(c -> {
            Optional<Stored> replay = claimIdempotencyKey(c, idempotency, actor, id);
            if (replay.isPresent()) {
                return replay.get();
            }
            Licence previous = lockVersion(c, previousId)
                    .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + previousId))
                    .licence();
            if (previous.status() != LicenceStatus.VALID) {
                throw new ZhengzhaoException(
                        ErrorCode.ILLEGAL_STATUS_TRANSITION,
                        "only a VALID licence can be amended; " + previousId + " is " + previous.status());
            }
            if (!previous.number().equals(next.licence().number())) {
                NumberRows.release(c, List.of(new LicenceRecord(previous, next.signed(), next.storedAt())));
                claimNumber(c, next.licence());
            }
            if (!insertLicence(c, next)) {
                throw new ZhengzhaoException(
                        ErrorCode.STALE_VERSION, previousId + " was already amended; amend the newest version instead");
            }
            Instant at = next.storedAt();
            setStatus(c, previousId, LicenceStatus.SUPERSEDED, at);
            EventRows.appendAll(
                    c,
                    List.of(
                            new StatusEvent(
                                    previousId,
                                    EventKind.SUPERSEDED,
                                    LicenceStatus.VALID,
                                    LicenceStatus.SUPERSEDED,
                                    reason == null ? "superseded by " + id : reason,
                                    actor,
                                    at),
                            event(next, EventKind.ISSUED, null, actor, "amends " + previousId)));
            return new Stored(next, false);
        });
    }

    @Override
    public StatusEvent changeStatus(LicenceId id, StatusAction action, String reason, String actor, Instant at) {
        return jdbc.inTransaction(c -> {
            LicenceStatus current = lockStatus(c, id)
                    .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + id));
            LicenceStatus next = StatusLifecycle.apply(current, action);
            setStatus(c, id, next, at);
            StatusEvent event = new StatusEvent(id, EventKind.of(action), current, next, reason, actor, at);
            EventRows.append(c, event);
            return event;
        });
    }

    @Override
    public ImportResult upsert(LicenceRecord record, String actor) {
        return jdbc.inTransaction(c -> {
            Optional<LicenceRecord> existing = lockVersion(c, record.id());
            if (existing.isEmpty()) {
                claimNumberForSeries(c, record.licence());
                insertLicence(c, record);
                EventRows.append(c, event(record, EventKind.IMPORTED, null, actor, null));
                supersedeOlderVersion(c, record, actor);
                return ImportResult.INSERTED;
            }
            LicenceRecord stored = existing.get();
            if (!Arrays.equals(stored.signed().signedRecord(), record.signed().signedRecord())) {
                throw new ZhengzhaoException(
                        ErrorCode.DUPLICATE_LICENCE_ID,
                        record.id() + " is already stored with different signed content; push a new version instead");
            }
            LicenceStatus from = stored.licence().status();
            LicenceStatus to = record.licence().status();
            if (from == to) {
                return ImportResult.UNCHANGED;
            }
            StatusAction action = actionBetween(from, to);
            StatusLifecycle.apply(from, action);
            setStatus(c, record.id(), to, record.storedAt());
            EventRows.append(
                    c,
                    new StatusEvent(
                            record.id(), EventKind.of(action), from, to, "synchronised", actor, record.storedAt()));
            return ImportResult.STATUS_UPDATED;
        });
    }

    private void supersedeOlderVersion(Connection c, LicenceRecord record, String actor) throws SQLException {
        Optional<LicenceId> previousId = record.licence().previousVersion();
        if (previousId.isEmpty()) {
            return;
        }
        Optional<LicenceStatus> previous = lockStatus(c, previousId.get());
        if (previous.isPresent() && !previous.get().isFinal()) {
            setStatus(c, previousId.get(), LicenceStatus.SUPERSEDED, record.storedAt());
            EventRows.append(
                    c,
                    new StatusEvent(
                            previousId.get(),
                            EventKind.SUPERSEDED,
                            previous.get(),
                            LicenceStatus.SUPERSEDED,
                            "superseded by " + record.id(),
                            actor,
                            record.storedAt()));
        }
    }

    private static StatusAction actionBetween(LicenceStatus from, LicenceStatus to) {
        if (to == LicenceStatus.VALID) {
            return StatusAction.RESUME;
        }
        for (StatusAction action : StatusAction.values()) {
            if (action.target() == to) {
                return action;
            }
        }
        throw new ZhengzhaoException(
                ErrorCode.ILLEGAL_STATUS_TRANSITION, "a pushed licence cannot move from " + from + " to " + to);
    }

    /**
     * Returns the earlier result for a repeated request, refuses a different request under the same
     * key, or records the key for this request (empty: go ahead). Concurrent first uses of one key are
     * serialised by the primary key: the second waits for the first to commit.
     */
    private Optional<Stored> claimIdempotencyKey(Connection c, Idempotency idempotency, String actor, LicenceId id)
            throws SQLException {
        if (idempotency == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO idempotency_keys (actor, idem_key, request_hash, licence_id)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, actor);
            ps.setString(2, idempotency.key());
            ps.setString(3, idempotency.requestHash());
            ps.setString(4, id.text());
            if (ps.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT request_hash, licence_id FROM idempotency_keys WHERE actor = ? AND idem_key = ?")) {
            ps.setString(1, actor);
            ps.setString(2, idempotency.key());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getString("request_hash").equals(idempotency.requestHash())) {
                    throw new ZhengzhaoException(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency-Key '" + idempotency.key() + "' was already used for a different request;"
                                    + " use a new key for a new licence");
                }
                LicenceId earlier = LicenceId.parse(rs.getString("licence_id"));
                LicenceRecord stored = PostgresLicenceReader.find(c, earlier).orElseThrow();
                return Optional.of(new Stored(stored, true));
            }
        }
    }

    private static void claimNumber(Connection c, Licence licence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NumberRows.CLAIM)) {
            NumberRows.bind(ps, licence);
            if (ps.executeUpdate() != 1) {
                throw new ZhengzhaoException(ErrorCode.DUPLICATE_LICENCE_NUMBER, duplicateNumber(licence));
            }
        }
    }

    /** For pushed versions: the number may already belong to this same series. */
    private static void claimNumberForSeries(Connection c, Licence licence) throws SQLException {
        Optional<String> owner = NumberRows.owner(c, licence);
        if (owner.isEmpty()) {
            claimNumber(c, licence);
        } else if (!owner.get().equals(licence.id().series())) {
            throw new ZhengzhaoException(ErrorCode.DUPLICATE_LICENCE_NUMBER, duplicateNumber(licence));
        }
    }

    private static boolean insertLicence(Connection c, LicenceRecord record) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LicenceRows.INSERT)) {
            LicenceRows.bindInsert(ps, record);
            if (ps.executeUpdate() == 1) {
                return true;
            }
        }
        if (record.id().version() == 1) {
            throw new ZhengzhaoException(ErrorCode.DUPLICATE_LICENCE_ID, duplicateId(record.id()));
        }
        return false;
    }

    private static Optional<LicenceRecord> lockVersion(Connection c, LicenceId id) throws SQLException {
        if (lockStatus(c, id).isEmpty()) {
            return Optional.empty();
        }
        return PostgresLicenceReader.find(c, id);
    }

    private static Optional<LicenceStatus> lockStatus(Connection c, LicenceId id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT status FROM licences WHERE series = ? AND version = ? FOR UPDATE")) {
            ps.setString(1, id.series());
            ps.setInt(2, id.version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(LicenceStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private static void setStatus(Connection c, LicenceId id, LicenceStatus status, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE licences SET status = ?, status_changed_at = ? WHERE series = ? AND version = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, id.series());
            ps.setInt(4, id.version());
            ps.executeUpdate();
        }
    }

    private static StatusEvent event(LicenceRecord r, EventKind kind, LicenceStatus from, String actor, String reason) {
        return new StatusEvent(r.id(), kind, from, r.licence().status(), reason, actor, r.storedAt());
    }

    private static void requireVersion(LicenceRecord record, int version) {
        if (record.id().version() != version) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "a new licence is version " + version);
        }
    }

    private static String duplicateNumber(Licence l) {
        return "issuer " + l.issuerCode() + " already has a licence of type " + l.typeCode() + " numbered '"
                + l.number() + "'";
    }

    private static String duplicateId(LicenceId id) {
        return "licence " + id + " already exists";
    }
}
