package dev.zhengzhao.core.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.Actor;
import dev.zhengzhao.core.issue.AmendLicence;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.issue.LicencePreparation;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.ChangeFeed;
import dev.zhengzhao.core.port.LicenceWriter.ImportResult;
import dev.zhengzhao.core.port.LicenceWriter.Stored;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.core.status.StatusEvent;
import dev.zhengzhao.core.status.StatusEvent.EventKind;
import dev.zhengzhao.core.testing.Fixtures;
import dev.zhengzhao.core.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository and the issuance use cases against a real PostgreSQL (see TestDatabases). */
class PostgresRepositoryIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor GZ = Actor.issuer("gz-key", Fixtures.GUANGZHOU);

    private static DataSource db;
    private static PostgresLicenceReader reader;
    private static PostgresLicenceWriter writer;
    private static PostgresChangeFeed feed;
    private static IssueLicence issue;
    private static AmendLicence amend;
    private static ChangeLicenceStatus changeStatus;

    @BeforeAll
    static void database() {
        db = TestDatabases.fresh();
        assertEquals(SchemaMigrations.SCRIPTS.size(), SchemaMigrations.migrate(db));
        assertEquals(0, SchemaMigrations.migrate(db), "a second migration run applies nothing");
        PostgresCatalogue catalogue = new PostgresCatalogue(db);
        catalogue.save(Fixtures.guangzhou());
        catalogue.save(Fixtures.shenzhen());
        catalogue.save(Fixtures.foodBusinessLicence());
        reader = new PostgresLicenceReader(db);
        writer = new PostgresLicenceWriter(db);
        feed = new PostgresChangeFeed(db);
        LicencePreparation preparation = new LicencePreparation(catalogue, catalogue, CLOCK);
        issue = new IssueLicence(preparation, Fixtures.fakeSigners(), writer, CLOCK, new Random(7));
        amend = new AmendLicence(preparation, Fixtures.fakeSigners(), reader, writer, CLOCK);
        changeStatus = new ChangeLicenceStatus(writer, CLOCK);
    }

    @Test
    void catalogueRoundTripsTypesAndIssuers() {
        PostgresCatalogue catalogue = new PostgresCatalogue(db);
        assertEquals(
                Fixtures.foodBusinessLicence(),
                catalogue.find(Fixtures.FOOD_TYPE).orElseThrow());
        assertEquals(Fixtures.guangzhou(), catalogue.find(Fixtures.GUANGZHOU).orElseThrow());
    }

    @Test
    void issuesAndReadsBackTheSameLicence() {
        Stored stored = issue.issue(Fixtures.foodRequest("JY14401060001"), null, GZ);
        LicenceRecord read = reader.find(stored.record().id()).orElseThrow();
        assertEquals(stored.record().licence(), read.licence());
        assertEquals(stored.record().signed(), read.signed());
        assertEquals(LicenceStatus.VALID, reader.status(read.id()).orElseThrow().stored());
        assertEquals(
                read.id(),
                reader.findByNumber(Fixtures.GUANGZHOU, Fixtures.FOOD_TYPE, "JY14401060001")
                        .orElseThrow()
                        .id());
        assertEquals(List.of(EventKind.ISSUED), kinds(reader.history(read.id())));
    }

    @Test
    void repeatsWithTheSameIdempotencyKeyReturnTheFirstLicence() {
        IssueRequest request = Fixtures.foodRequest("JY14401060002");
        Stored first = issue.issue(request, "key-2", GZ);
        Stored again = issue.issue(request, "key-2", GZ);
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.record().id(), again.record().id());
        assertEquals(1, count("SELECT count(*) FROM licences WHERE licence_number = 'JY14401060002'"));
    }

    @Test
    void refusesADifferentRequestUnderAUsedIdempotencyKeyAndStoresNothing() {
        issue.issue(Fixtures.foodRequest("JY14401060003"), "key-3", GZ);
        ZhengzhaoException e = assertThrows(
                ZhengzhaoException.class, () -> issue.issue(Fixtures.foodRequest("JY14401060004"), "key-3", GZ));
        assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.code());
        assertEquals(0, count("SELECT count(*) FROM licences WHERE licence_number = 'JY14401060004'"));
        assertEquals(0, count("SELECT count(*) FROM licence_numbers WHERE licence_number = 'JY14401060004'"));
    }

    @Test
    void refusesADuplicateNumberAndLeavesNoTrace() {
        issue.issue(Fixtures.foodRequest("JY14401060005"), null, GZ);
        long events = count("SELECT count(*) FROM licence_events");
        ZhengzhaoException e = assertThrows(
                ZhengzhaoException.class, () -> issue.issue(Fixtures.foodRequest("JY14401060005"), "fresh-key", GZ));
        assertEquals(ErrorCode.DUPLICATE_LICENCE_NUMBER, e.code());
        assertEquals(events, count("SELECT count(*) FROM licence_events"));
        assertEquals(0, count("SELECT count(*) FROM idempotency_keys WHERE idem_key = 'fresh-key'"), "rolled back");
    }

    @Test
    void refusesBadRequestsBeforeStoringAnything() {
        long before = count("SELECT count(*) FROM licences");
        Map<String, IssueRequest> bad = new HashMap<>();
        IssueRequest ok = Fixtures.foodRequest("JY-BAD");
        bad.put("unknown-licence-type", with(ok, "typeCode", Fixtures.AUTHORITY.value() + "999"));
        bad.put("malformed-credit-code", with(ok, "issuerCode", "11440100MB2A31841Q"));
        bad.put("missing-field", with(ok, "fields", Map.of("KZ_ZTYT", "单位食堂")));
        bad.put("unknown-field", with(ok, "fields", Map.of("KZ_JYCS", "x", "KZ_OTHER", "y")));
        bad.put("invalid-field", with(ok, "fields", Map.of("KZ_JYCS", "x", "KZ_ZTYT", "夜市")));
        bad.put("malformed-holder-id", with(ok, "holderId", "91440101MA5CXY2K30"));
        bad.put("invalid-validity", with(ok, "validUntil", "2026-01-01"));
        bad.put("issuer-not-allowed", with(ok, "issuerCode", Fixtures.SHENZHEN.value()));
        for (var entry : bad.entrySet()) {
            Actor actor = entry.getKey().equals("issuer-not-allowed") ? Actor.system("ops") : GZ;
            ZhengzhaoException e = assertThrows(
                    ZhengzhaoException.class, () -> issue.issue(entry.getValue(), null, actor), entry.getKey());
            assertEquals(entry.getKey(), e.code().slug(), e.getMessage());
        }
        ZhengzhaoException foreign = assertThrows(
                ZhengzhaoException.class, () -> issue.issue(ok, null, Actor.issuer("sz-key", Fixtures.SHENZHEN)));
        assertEquals(ErrorCode.ISSUER_NOT_ALLOWED, foreign.code());
        assertEquals(before, count("SELECT count(*) FROM licences"));
    }

    @Test
    void amendingSupersedesThePreviousVersionAndLinksBothWays() {
        LicenceId v1 = issue.issue(Fixtures.foodRequest("JY14401060006"), null, GZ)
                .record()
                .id();
        IssueRequest changed = with(Fixtures.foodRequest("JY14401060006"), "fields", Map.of("KZ_JYCS", "广州市越秀区新地址2号"));
        LicenceId v2 = amend.amend(v1, changed, null, GZ, "经营场所变更").record().id();
        assertEquals(2, v2.version());
        assertEquals(
                v1, reader.find(v2).orElseThrow().licence().previousVersion().orElseThrow());
        assertEquals(
                List.of(v1, v2),
                reader.versions(v1).stream().map(LicenceRecord::id).toList());
        assertEquals(LicenceStatus.SUPERSEDED, reader.status(v1).orElseThrow().stored());
        assertEquals(2, reader.status(v1).orElseThrow().latestVersion());
        ZhengzhaoException again =
                assertThrows(ZhengzhaoException.class, () -> amend.amend(v1, changed, null, GZ, "x"));
        assertEquals(ErrorCode.ILLEGAL_STATUS_TRANSITION, again.code());
    }

    @Test
    void followsTheLifecycleAndRefusesIllegalTransitions() {
        LicenceId id = issue.issue(Fixtures.foodRequest("JY14401060007"), null, GZ)
                .record()
                .id();
        changeStatus.change(id, StatusAction.SUSPEND, "整改期间暂扣", GZ);
        changeStatus.change(id, StatusAction.RESUME, null, GZ);
        changeStatus.change(id, StatusAction.REVOKE, "违法经营，依法吊销", GZ);
        ZhengzhaoException e =
                assertThrows(ZhengzhaoException.class, () -> changeStatus.change(id, StatusAction.RESUME, null, GZ));
        assertEquals(ErrorCode.ILLEGAL_STATUS_TRANSITION, e.code());
        ZhengzhaoException noReason =
                assertThrows(ZhengzhaoException.class, () -> changeStatus.change(id, StatusAction.CANCEL, " ", GZ));
        assertEquals(ErrorCode.MISSING_FIELD, noReason.code());
        assertEquals(
                List.of(EventKind.ISSUED, EventKind.SUSPENDED, EventKind.RESUMED, EventKind.REVOKED),
                kinds(reader.history(id)));
        assertEquals(LicenceStatus.REVOKED, reader.status(id).orElseThrow().stored());
    }

    @Test
    void historyIsAppendOnlyInTheDatabaseItself() throws SQLException {
        issue.issue(Fixtures.foodRequest("JY14401060008"), null, GZ);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE licence_events SET reason = 'x'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM licence_events"));
        }
    }

    @Test
    void changeFeedPagesThroughEveryEventInOrderWithoutRepeats() {
        List<LicenceId> issued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issued.add(issue.issue(Fixtures.foodRequest("FEED-" + i), null, GZ)
                    .record()
                    .id());
        }
        changeStatus.change(issued.get(0), StatusAction.SUSPEND, "检查", GZ);
        List<ChangeFeed.Change> all = new ArrayList<>();
        String cursor = "";
        while (true) {
            ChangeFeed.Page page = feed.changes(cursor, 3);
            if (page.changes().isEmpty()) {
                break;
            }
            all.addAll(page.changes());
            cursor = page.next();
        }
        assertEquals(count("SELECT count(*) FROM licence_events"), all.size());
        assertEquals(
                all.size(),
                all.stream().map(ChangeFeed.Change::cursor).distinct().count());
        List<LicenceId> feedOrder = all.stream()
                .map(ChangeFeed.Change::event)
                .filter(e -> e.kind() == EventKind.ISSUED && issued.contains(e.licenceId()))
                .map(StatusEvent::licenceId)
                .toList();
        assertEquals(issued, feedOrder);
        StatusEvent last = all.getLast().event();
        assertEquals(EventKind.SUSPENDED, last.kind());
        ZhengzhaoException bad = assertThrows(ZhengzhaoException.class, () -> feed.changes("not-a-cursor", 10));
        assertEquals(ErrorCode.INVALID_REQUEST, bad.code());
    }

    @Test
    void bulkIssueStoresTheGoodItemsAndReportsTheBadOnes() {
        List<IssueRequest> requests = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            requests.add(Fixtures.foodRequest("BULK-" + i));
        }
        requests.set(10, Fixtures.foodRequest("BULK-3")); // duplicate number inside the batch
        requests.set(700, with(Fixtures.foodRequest("BULK-700"), "holderId", "nonsense")); // bad input
        List<IssueLicence.ItemResult> results = issue.issueAll(requests, GZ);
        assertEquals(1200, results.size());
        assertEquals(ErrorCode.DUPLICATE_LICENCE_NUMBER, results.get(10).error());
        assertEquals(ErrorCode.MALFORMED_HOLDER_ID, results.get(700).error());
        assertEquals(1198, results.stream().filter(IssueLicence.ItemResult::ok).count());
        assertEquals(1198, count("SELECT count(*) FROM licences WHERE licence_number LIKE 'BULK-%'"));
        assertEquals(
                1198,
                count("SELECT count(*) FROM licence_events e JOIN licences l USING (series, version)"
                        + " WHERE l.licence_number LIKE 'BULK-%'"));
    }

    @Test
    void refusesBatchesWhoseRowCountsTheDriverHides() throws SQLException {
        org.postgresql.ds.PGSimpleDataSource rewriting = new org.postgresql.ds.PGSimpleDataSource();
        org.postgresql.ds.PGSimpleDataSource same = (org.postgresql.ds.PGSimpleDataSource) db;
        rewriting.setURL(same.getURL());
        rewriting.setUser(same.getUser());
        rewriting.setPassword(same.getPassword());
        rewriting.setReWriteBatchedInserts(true);
        PostgresCatalogue catalogue = new PostgresCatalogue(rewriting);
        IssueLicence rewritingIssue = new IssueLicence(
                new LicencePreparation(catalogue, catalogue, CLOCK),
                Fixtures.fakeSigners(),
                new PostgresLicenceWriter(rewriting),
                CLOCK,
                new Random(11));
        List<IssueLicence.ItemResult> results = rewritingIssue.issueAll(
                List.of(Fixtures.foodRequest("REWRITE-1"), Fixtures.foodRequest("REWRITE-2")), GZ);
        assertTrue(results.stream().allMatch(r -> r.error() == ErrorCode.STORAGE_UNAVAILABLE), results.toString());
        assertEquals(0, count("SELECT count(*) FROM licence_numbers WHERE licence_number LIKE 'REWRITE-%'"));
    }

    @Test
    void upsertFromACitySystemIsIdempotentAndFollowsStatus() {
        LicenceRecord record =
                issue.issue(Fixtures.foodRequest("SYNC-1"), null, GZ).record();
        // A second repository receives the city's push twice, then a revocation.
        DataSource other = TestDatabases.fresh();
        SchemaMigrations.migrate(other);
        PostgresLicenceWriter provincial = new PostgresLicenceWriter(other);
        assertEquals(ImportResult.INSERTED, provincial.upsert(record, "city-gz"));
        assertEquals(ImportResult.UNCHANGED, provincial.upsert(record, "city-gz"));
        LicenceRecord revoked = new LicenceRecord(
                record.licence().withStatus(LicenceStatus.REVOKED), record.signed(), record.storedAt());
        assertEquals(ImportResult.STATUS_UPDATED, provincial.upsert(revoked, "city-gz"));
        assertEquals(
                LicenceStatus.REVOKED,
                new PostgresLicenceReader(other)
                        .status(record.id())
                        .orElseThrow()
                        .stored());
        LicenceRecord back = new LicenceRecord(record.licence(), record.signed(), record.storedAt());
        ZhengzhaoException e = assertThrows(ZhengzhaoException.class, () -> provincial.upsert(back, "city-gz"));
        assertEquals(ErrorCode.ILLEGAL_STATUS_TRANSITION, e.code());
    }

    private static IssueRequest with(IssueRequest r, String field, Object value) {
        return new IssueRequest(
                field.equals("typeCode") ? (String) value : r.typeCode(),
                field.equals("issuerCode") ? (String) value : r.issuerCode(),
                r.number(),
                r.holderName(),
                field.equals("holderId") ? (String) value : r.holderId(),
                r.holderIdType(),
                r.issueDate(),
                r.validFrom(),
                field.equals("validUntil") ? java.time.LocalDate.parse((String) value) : r.validUntil(),
                field.equals("fields") ? castFields(value) : r.fields(),
                r.serial(),
                r.signerName());
    }

    @SuppressWarnings("unchecked") // test helper: callers pass Map<String,String> for "fields"
    private static Map<String, String> castFields(Object value) {
        return (Map<String, String>) value;
    }

    private static List<EventKind> kinds(List<StatusEvent> events) {
        return events.stream().map(StatusEvent::kind).toList();
    }

    private static long count(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void auditTrailKeepsABatchInOrderAndRefusesChanges() throws SQLException {
        PostgresAuditTrail audit = new PostgresAuditTrail(db);
        String licence = "audit-test-" + System.nanoTime();
        List<dev.zhengzhao.core.port.AuditTrail.Entry> batch = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            batch.add(new dev.zhengzhao.core.port.AuditTrail.Entry(
                    Instant.parse("2026-11-21T08:00:00.123456Z").plusSeconds(i),
                    "hall-" + i,
                    "HALL",
                    "VERIFY_QR",
                    i % 7 == 0 ? null : licence,
                    i % 2 == 0 ? "VALID" : "INVALID",
                    i % 3 == 0 ? null : "detail with 'quotes', \"commas\" and {braces} " + i));
        }
        audit.recordAll(batch);
        audit.recordAll(List.of());

        List<dev.zhengzhao.core.port.AuditTrail.Entry> expected =
                batch.stream().filter(e -> licence.equals(e.licenceId())).toList();
        assertEquals(expected, audit.about(licence, 1000));
        assertEquals(expected.subList(0, 10), audit.about(licence, 10));
        try (Connection c = db.getConnection();
                Statement st = c.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> st.executeUpdate("DELETE FROM audit_log WHERE licence_id = '" + licence + "'"));
        }
    }
}
