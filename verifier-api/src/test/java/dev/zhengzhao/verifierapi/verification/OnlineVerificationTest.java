package dev.zhengzhao.verifierapi.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import dev.zhengzhao.core.testing.Fixtures;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import dev.zhengzhao.verifierapi.status.StatusCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Online verification with in-memory fakes of its ports: no Spring, no servers. */
class OnlineVerificationTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LicenceId ID =
            new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "ABCDEFGHJK0123456789", 1);
    private static final Caller HALL = new Caller("hall", Role.HALL, Fixtures.GUANGZHOU.value());

    private final List<AuditTrail.Entry> audit = new ArrayList<>();

    @Test
    void validSignatureAndValidStatusIsValid() {
        VerificationReport report = verify(id -> Optional.of(view(LicenceStatus.VALID, 1)));
        assertEquals(Outcome.VALID, report.outcome());
        assertEquals(1, audit.size(), "an authenticated verification is audited");
        assertEquals("VALID", audit.getFirst().outcome());
    }

    @Test
    void statusThatCannotBeLearnedIsIndeterminateNeverValid() {
        VerificationReport report = verify(id -> {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "down");
        });
        assertEquals(Outcome.INDETERMINATE, report.outcome());
        assertEquals("status-unavailable", report.check("status").orElseThrow().reason());
    }

    @Test
    void cacheAndDatabaseBothDownIsIndeterminate() {
        StatusCache broken = new BrokenCache();
        StatusLookup database = id -> {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "down");
        };
        CachedStatusLookup lookup =
                new CachedStatusLookup(broken, database, Duration.ofMillis(10), new SimpleMeterRegistry());
        assertEquals(Outcome.INDETERMINATE, verify(lookup).outcome());
    }

    @Test
    void cacheDownFallsBackToTheDatabase() {
        CachedStatusLookup lookup = new CachedStatusLookup(
                new BrokenCache(),
                id -> Optional.of(view(LicenceStatus.REVOKED, 1)),
                Duration.ofMillis(10),
                new SimpleMeterRegistry());
        VerificationReport report = verify(lookup);
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals("revoked", report.check("status").orElseThrow().reason());
    }

    @Test
    void supersededVersionNamesTheCurrentOne() {
        VerificationReport report = verify(id -> Optional.of(view(LicenceStatus.SUPERSEDED, 3)));
        assertEquals(Outcome.INVALID, report.outcome());
        Check version = report.check("version").orElseThrow();
        assertEquals("superseded", version.reason());
        assertTrue(version.detail().contains(".003."), version.detail());
    }

    @Test
    void pastTheValidityPeriodIsExpired() {
        VerificationReport report =
                verify(id -> Optional.of(new StatusView(ID, LicenceStatus.VALID, LocalDate.of(2026, 11, 20), 1, NOW)));
        assertEquals("expired", report.check("status").orElseThrow().reason());
    }

    @Test
    void unknownLicenceFails() {
        VerificationReport report = verify(id -> Optional.empty());
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals("not-in-repository", report.check("status").orElseThrow().reason());
    }

    private VerificationReport verify(StatusLookup lookup) {
        OnlineVerification verification = new OnlineVerification(
                new SignedFake(),
                null,
                "GD",
                lookup,
                new ListAudit(audit),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry());
        return verification.qr("ZZ1:whatever", HALL).report();
    }

    private static StatusView view(LicenceStatus status, int latest) {
        return new StatusView(ID, status, LocalDate.of(2031, 1, 1), latest, NOW.minusSeconds(60));
    }

    /** Credentials whose offline checks all pass for a fixed licence. */
    private static final class SignedFake implements Credentials {
        @Override
        public VerificationReport verifyQr(String qrText, Instant at) {
            LicenceClaims claims = new LicenceClaims(
                    ID.text(),
                    Fixtures.FOOD_TYPE.value(),
                    null,
                    null,
                    Fixtures.GUANGZHOU.value(),
                    null,
                    "某公司",
                    Fixtures.COMPANY.value(),
                    "001",
                    null,
                    null,
                    null,
                    at,
                    Map.of(),
                    Map.of());
            return new VerificationReport(
                    List.of(Check.passed("format", ""), Check.passed("signature", ""), Check.passed("trust", "")),
                    at,
                    claims,
                    null,
                    null,
                    null);
        }

        @Override
        public ImageScan scanImage(byte[] image) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VerificationReport verifyPdf(byte[] pdf, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] qrPng(String qrText) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String qrSvg(String qrText) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] sealedPdf(LicenceRecord record) {
            throw new UnsupportedOperationException();
        }
    }

    private record ListAudit(List<AuditTrail.Entry> entries) implements AuditTrail {
        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }

        @Override
        public List<Entry> about(String licenceId, int limit) {
            return entries;
        }
    }

    private static final class BrokenCache implements StatusCache {
        @Override
        public Optional<StatusView> get(LicenceId id) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void put(StatusView view) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void evict(LicenceId id) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public String describe() {
            return "broken";
        }

        @Override
        public boolean available() {
            return false;
        }
    }
}
