package dev.zhengzhao.verifierapi.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.ForeignStatus;
import dev.zhengzhao.core.port.SignedForms;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import dev.zhengzhao.core.testing.EmptyLicenceReader;
import dev.zhengzhao.core.testing.Fixtures;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.Form;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.core.verify.Verifier;
import dev.zhengzhao.core.verify.VerifyLicence;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Verification over the status cache when the cache, the database or both fail: in-memory fakes of
 * the other ports, no Spring, no servers. (The use case's own rules are tested in core.)
 */
class CachedStatusVerificationTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LicenceId ID =
            new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "ABCDEFGHJK0123456789", 1);

    @Test
    void cacheAndDatabaseBothDownIsIndeterminate() {
        StatusLookup database = id -> {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "down");
        };
        CachedStatusLookup lookup =
                new CachedStatusLookup(new BrokenCache(), database, Duration.ofMillis(10), new SimpleMeterRegistry());
        assertEquals(Outcome.INDETERMINATE, verify(lookup).outcome());
    }

    @Test
    void cacheDownFallsBackToTheDatabase() {
        CachedStatusLookup lookup = new CachedStatusLookup(
                new BrokenCache(),
                id -> Optional.of(new StatusView(ID, LicenceStatus.REVOKED, LocalDate.of(2031, 1, 1), 1, NOW)),
                Duration.ofMillis(10),
                new SimpleMeterRegistry());
        VerificationReport report = verify(lookup);
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals("revoked", report.check("status").orElseThrow().reason().code());
    }

    private static VerificationReport verify(StatusLookup lookup) {
        VerifyLicence verify = new VerifyLicence(
                new SignedFake(),
                lookup,
                ForeignStatus.NONE,
                new NoLicences(),
                (nonce, licence, at, expires) -> true,
                new NoAudit(),
                "GD",
                Clock.fixed(NOW, ZoneOffset.UTC));
        return verify.verify(new Form.QrText("ZZ1:whatever"), new Verifier("hall", "HALL"))
                .report();
    }

    /** Offline checks that all pass for a fixed licence. */
    private static final class SignedFake implements SignedForms {
        @Override
        public QrReading readQr(String text, Instant at) {
            LicenceClaims claims = Fixtures.qrClaims(ID, at);
            return new LicenceQr(VerificationReport.at(at)
                    .check(Check.passed("format", ""))
                    .check(Check.passed("signature", ""))
                    .check(Check.passed("trust", ""))
                    .claims(claims)
                    .build());
        }

        @Override
        public VerificationReport verifyPdf(byte[] pdf, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImageScan scanImage(byte[] image) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoLicences extends EmptyLicenceReader {}

    private static final class NoAudit implements AuditTrail {
        @Override
        public void record(Entry entry) {}

        @Override
        public List<Entry> about(String licenceId, int limit) {
            return List.of();
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
