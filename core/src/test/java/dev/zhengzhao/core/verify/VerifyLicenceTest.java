package dev.zhengzhao.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Holder;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.Seal;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.ForeignStatus;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.SignedForms;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import dev.zhengzhao.core.testing.EmptyLicenceReader;
import dev.zhengzhao.core.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The verification use case with in-memory fakes of its ports: no Spring, no servers, no keys. */
class VerifyLicenceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LicenceId ID =
            new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "ABCDEFGHJK0123456789", 1);
    private static final Verifier HALL = new Verifier("hall", "HALL");
    private static final String LICENCE_QR = "ZZ1:LICENCE";
    private static final String PRESENTATION_QR = "ZZ1:PRESENTATION";
    private static final Holder HOLDER = new Holder("某公司", Fixtures.COMPANY.value(), HolderIdType.CREDIT_CODE);

    private final List<AuditTrail.Entry> audit = new ArrayList<>();
    private final Set<String> claimedNonces = new HashSet<>();
    private final AtomicInteger qrReads = new AtomicInteger();
    private String jurisdiction = "GD";
    private Presentation presentation = presentation(NOW.minusSeconds(10), NOW.plusSeconds(290), HOLDER);
    private StatusLookup status = id -> Optional.of(view(LicenceStatus.VALID, 1));
    private ForeignStatus foreign = ForeignStatus.NONE;
    private LicenceReader reader = new OneLicence();

    @Test
    void validSignatureAndValidStatusIsValid() {
        VerificationReport report = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.VALID, report.outcome());
        assertEquals(1, audit.size(), "an authenticated verification is audited");
        assertEquals("VALID", audit.getFirst().outcome());
        assertEquals("VERIFY_QR", audit.getFirst().action());
        assertEquals(ID.text(), audit.getFirst().licenceId());
        assertEquals(
                List.of("format", "signature", "trust", "status", "version"),
                report.checks().stream().map(Check::name).toList());
    }

    @Test
    void thePublicIsNotAudited() {
        assertEquals(
                Outcome.VALID,
                verify(new Form.QrText(LICENCE_QR), Verifier.PUBLIC).report().outcome());
        assertEquals(List.of(), audit);
    }

    @Test
    void statusThatCannotBeLearnedIsIndeterminateNeverValid() {
        status = id -> {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "down");
        };
        VerificationReport report = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.INDETERMINATE, report.outcome());
        assertEquals(
                Reason.STATUS_UNAVAILABLE, report.check("status").orElseThrow().reason());
        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(Optional.of(SubIndication.TRY_LATER), report.subIndication());
    }

    @Test
    void revokedIsInvalid() {
        status = id -> Optional.of(view(LicenceStatus.REVOKED, 1));
        VerificationReport report = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals(Reason.REVOKED, report.check("status").orElseThrow().reason());
        assertEquals("revoked", audit.getFirst().detail());
    }

    @Test
    void supersededVersionNamesTheCurrentOne() {
        status = id -> Optional.of(view(LicenceStatus.SUPERSEDED, 3));
        VerificationReport report = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.INVALID, report.outcome());
        Check version = report.check("version").orElseThrow();
        assertEquals(Reason.SUPERSEDED, version.reason());
        assertTrue(version.detail().contains(".003."), version.detail());
    }

    @Test
    void pastTheValidityPeriodIsExpired() {
        status = id -> Optional.of(new StatusView(ID, LicenceStatus.VALID, LocalDate.of(2026, 11, 20), 1, NOW));
        assertEquals(
                Reason.EXPIRED,
                verify(new Form.QrText(LICENCE_QR), HALL)
                        .report()
                        .check("status")
                        .orElseThrow()
                        .reason());
    }

    @Test
    void unknownLicenceFails() {
        status = id -> Optional.empty();
        VerificationReport report = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals(
                Reason.NOT_IN_REPOSITORY, report.check("status").orElseThrow().reason());
    }

    @Test
    void aForeignCredentialsStatusIsAskedOfItsJurisdiction() {
        status = id -> Optional.empty();
        jurisdiction = "HK";
        VerificationReport skipped = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.VALID, skipped.outcome());
        assertEquals(CheckResult.SKIPPED, skipped.check("status").orElseThrow().result());
        assertTrue(skipped.check("status").orElseThrow().detail().contains("kept by HK"));

        foreign = (claims, from, at) -> Optional.of(
                List.of(Check.failed("status", Reason.REVOKED, "revoked by " + from), Check.skipped("version", "")));
        VerificationReport revoked = verify(new Form.QrText(LICENCE_QR), HALL).report();
        assertEquals(Outcome.INVALID, revoked.outcome());
        assertEquals("revoked by HK", revoked.check("status").orElseThrow().detail());
    }

    @Test
    void aRefusedTextGetsNoStatusAndIsReadOnce() {
        VerifyLicence.Verification answer = verify(new Form.QrText("ZZ9:nonsense"), HALL);
        assertEquals(Outcome.INVALID, answer.report().outcome());
        assertEquals(
                Reason.BAD_PREFIX, answer.report().check("format").orElseThrow().reason());
        assertEquals(
                CheckResult.SKIPPED,
                answer.report().check("status").orElseThrow().result());
        assertEquals(1, qrReads.get());
    }

    @Test
    void aPresentationIsDecodedOnceThenItsLicenceIsVerified() {
        VerifyLicence.Verification answer = verify(new Form.QrText(PRESENTATION_QR), HALL);
        assertEquals(Outcome.VALID, answer.report().outcome());
        assertEquals("VERIFY_PRESENTATION", answer.action());
        assertEquals(new VerifyLicence.Presented(ID.text(), presentation.expires()), answer.presented());
        assertEquals(
                List.of("presentation", "format", "signature", "trust", "status", "version"),
                answer.report().checks().stream().map(Check::name).toList());
        // the token once, the licence's stored QR once
        assertEquals(2, qrReads.get());
        assertEquals("VERIFY_PRESENTATION", audit.getFirst().action());
    }

    @Test
    void aPresentationIsUsedOnce() {
        verify(new Form.QrText(PRESENTATION_QR), HALL);
        VerificationReport replay =
                verify(new Form.QrText(PRESENTATION_QR), HALL).report();
        assertEquals(Outcome.INVALID, replay.outcome());
        assertEquals(
                Reason.PRESENTATION_REPLAYED,
                replay.check("presentation").orElseThrow().reason());
    }

    @Test
    void aPresentationIsForHallsNotThePublic() {
        VerificationReport report =
                verify(new Form.QrText(PRESENTATION_QR), Verifier.PUBLIC).report();
        assertEquals(
                Reason.PRESENTATION_FOR_HALLS,
                report.check("presentation").orElseThrow().reason());
        assertTrue(claimedNonces.isEmpty(), "the public does not use up the holder's presentation");
    }

    @Test
    void anExpiredFutureOrForeignHoldersPresentationIsRefused() {
        presentation = presentation(NOW.minusSeconds(400), NOW.minusSeconds(100), HOLDER);
        assertEquals(Reason.PRESENTATION_EXPIRED, presentationReason());
        presentation = presentation(NOW.plusSeconds(60), NOW.plusSeconds(360), HOLDER);
        assertEquals(Reason.PRESENTATION_NOT_YET_VALID, presentationReason());
        presentation = presentation(
                NOW, NOW.plusSeconds(300), new Holder("别人", "440101199001011233", HolderIdType.CITIZEN_ID));
        assertEquals(Reason.PRESENTATION_HOLDER, presentationReason());
        reader = new NoLicences();
        presentation = presentation(NOW, NOW.plusSeconds(300), HOLDER);
        assertEquals(Reason.NOT_IN_REPOSITORY, presentationReason());
        assertTrue(claimedNonces.isEmpty(), "a refused presentation claims no nonce");
    }

    @Test
    void aLicenceQrHandedAsAPresentationIsRefused() {
        VerificationReport report =
                verify(new Form.PresentationToken(LICENCE_QR), HALL).report();
        assertEquals(
                Reason.NOT_A_PRESENTATION,
                report.check("presentation").orElseThrow().reason());
        assertNull(report.claims());
    }

    @Test
    void anIdentifierIsVerifiedFromItsStoredQr() {
        VerifyLicence.Verification answer = verify(new Form.Identifier(ID), HALL);
        assertEquals(Outcome.VALID, answer.report().outcome());
        assertEquals("VERIFY_ID", answer.action());
        reader = new NoLicences();
        VerificationReport missing = verify(new Form.Identifier(ID), HALL).report();
        assertEquals(Outcome.INVALID, missing.outcome());
        assertEquals(
                Reason.NOT_IN_REPOSITORY, missing.check("status").orElseThrow().reason());
        assertEquals(
                1,
                missing.checks().stream().filter(c -> c.name().equals("status")).count());
    }

    @Test
    void anImageWithoutAQrSaysWhy() {
        VerificationReport report =
                verify(new Form.QrImage(new byte[] {1, 2, 3}), HALL).report();
        assertEquals(Reason.NOT_AN_IMAGE, report.check("format").orElseThrow().reason());
        assertEquals("VERIFY_IMAGE", audit.getFirst().action());
    }

    private Reason presentationReason() {
        return verify(new Form.QrText(PRESENTATION_QR), HALL)
                .report()
                .check("presentation")
                .orElseThrow()
                .reason();
    }

    private VerifyLicence.Verification verify(Form form, Verifier who) {
        VerifyLicence verify = new VerifyLicence(
                new Forms(),
                status,
                foreign,
                reader,
                (nonce, licence, at, expires) -> claimedNonces.add(nonce),
                new ListAudit(audit),
                "GD",
                Clock.fixed(NOW, ZoneOffset.UTC));
        return verify.verify(form, who);
    }

    private static Presentation presentation(Instant issued, Instant expires, Holder holder) {
        return new Presentation(
                ID.text(),
                Presentation.binding(holder.idType().code(), holder.id()),
                "00112233445566778899aabbccddeeff",
                issued,
                expires);
    }

    private static StatusView view(LicenceStatus status, int latest) {
        return new StatusView(ID, status, LocalDate.of(2031, 1, 1), latest, NOW.minusSeconds(60));
    }

    /** Offline checks that all pass for one licence QR and one presentation token. */
    private final class Forms implements SignedForms {
        @Override
        public QrReading readQr(String text, Instant at) {
            qrReads.incrementAndGet();
            if (text.equals(PRESENTATION_QR)) {
                return new PresentationQr(presentation);
            }
            if (!text.equals(LICENCE_QR)) {
                return new LicenceQr(
                        VerificationReport.of(at, List.of(Check.failed("format", Reason.BAD_PREFIX, "not ZZ1:"))));
            }
            LicenceClaims claims = Fixtures.qrClaims(ID, at);
            return new LicenceQr(VerificationReport.at(at)
                    .check(Check.passed("format", ""))
                    .check(Check.passed("signature", ""))
                    .check(Check.passed("trust", ""))
                    .claims(claims)
                    .path(List.of("CN=signer"), jurisdiction)
                    .build());
        }

        @Override
        public VerificationReport verifyPdf(byte[] pdf, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImageScan scanImage(byte[] image) {
            return ImageScan.refused(Reason.NOT_AN_IMAGE, "not a PNG or JPEG");
        }
    }

    private static final class OneLicence extends NoLicences {
        @Override
        public Optional<LicenceRecord> find(LicenceId id) {
            Licence licence = new Licence(
                    ID,
                    "食品经营许可证",
                    "JY14401010000001",
                    "广州市市场监督管理局",
                    LocalDate.of(2026, 11, 1),
                    HOLDER,
                    LocalDate.of(2026, 11, 1),
                    null,
                    new Seal("广州市市场监督管理局", "电子印章", NOW),
                    Map.of(),
                    LicenceStatus.VALID);
            return Optional.of(
                    new LicenceRecord(licence, new SignedLicence(new byte[] {1}, LICENCE_QR, "kid", "SM2-SM3"), NOW));
        }
    }

    private static class NoLicences extends EmptyLicenceReader {}

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
}
