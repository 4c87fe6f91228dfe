package dev.zhengzhao.signer.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.cose.LicenceCwt;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.qr.Base45;
import dev.zhengzhao.signer.qr.QrText;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class LicenceVerifierTest {
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    private static final Pkcs12IssuerKey KEY = TestLicences.key(SignatureAlgorithm.ES256);
    private static final LicenceClaims CLAIMS = TestLicences.typical();
    private static final SignedLicence SIGNED = new CoseLicenceSigner(KEY).sign(CLAIMS);
    private static final LicenceVerifier VERIFIER = new LicenceVerifier(
            KnownSigners.of(KEY.certificate()), new PinnedSignerTrust(Map.of(KEY.certificate(), "GD")));

    private static String reason(VerificationReport report) {
        return report.firstProblem().map(c -> c.name() + ":" + c.reason()).orElse("none");
    }

    @Test
    void rejectsTextWithoutTheFamilyPrefix() {
        assertEquals(
                "format:bad-prefix",
                reason(VERIFIER.verifyQr("HC1:" + SIGNED.qrText().substring(4), AT)));
        assertEquals("format:bad-prefix", reason(VERIFIER.verifyQr(null, AT)));
    }

    @Test
    void rejectsTextThatIsNotBase45() {
        assertEquals("format:bad-base45", reason(VERIFIER.verifyQr("ZZ1:abc", AT)));
    }

    @Test
    void rejectsACompressionBombWithoutInflatingIt() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[10_000_000]);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String bomb = "ZZ1:" + Base45.encode(out.toByteArray());
        assertEquals("format:too-large", reason(VERIFIER.verifyQr(bomb, AT)));
    }

    @Test
    void rejectsCompressedBytesThatAreNotCose() {
        assertEquals("format:malformed-cose", reason(VERIFIER.verifyQr(QrText.of(new byte[] {1, 2, 3}), AT)));
    }

    @Test
    void rejectsASignedRecordPresentedAsAQr() {
        assertEquals("format:unexpected-type", reason(VERIFIER.verifyQr(QrText.of(SIGNED.signedRecord()), AT)));
    }

    @Test
    void rejectsAnAlgorithmItDoesNotKnow() {
        CBORObject header = CBORObject.NewOrderedMap();
        header.Add(1, -999);
        header.Add(4, KEY.kid().bytes());
        byte[] protectedBytes = header.EncodeToBytes();
        byte[] payload = LicenceCwt.qr(CLAIMS);
        byte[] cose = new CoseSign1(protectedBytes, -999, KEY.kid().bytes(), payload, new byte[64]).encode();
        assertEquals("signature:unknown-algorithm", reason(VERIFIER.verifyQr(QrText.of(cose), AT)));
    }

    @Test
    void rejectsAKeyItHasNoCertificateFor() {
        LicenceVerifier stranger =
                new LicenceVerifier(KnownSigners.of(), new PinnedSignerTrust(Map.of(KEY.certificate(), "GD")));
        VerificationReport report = stranger.verifyQr(SIGNED.qrText(), AT);
        assertEquals("signature:unknown-kid", reason(report));
        assertEquals(Outcome.INDETERMINATE, report.outcome(), "a missing certificate is not evidence of forgery");
        assertNull(report.claims(), "unverified claims are never handed out");
    }

    @Test
    void rejectsChangedClaimsUnderTheOriginalSignature() {
        CoseSign1 original = CoseSign1.decode(qrCose()).orElseThrow();
        LicenceClaims forged = new LicenceClaims(
                CLAIMS.licenceId(),
                CLAIMS.typeCode(),
                CLAIMS.typeName(),
                CLAIMS.number(),
                CLAIMS.issuerCode(),
                CLAIMS.issuerName(),
                "李四",
                CLAIMS.holderId(),
                CLAIMS.holderIdType(),
                CLAIMS.issueDate(),
                CLAIMS.validFrom(),
                CLAIMS.validUntil(),
                CLAIMS.issuedAt(),
                CLAIMS.fields(),
                CLAIMS.qrFields());
        byte[] cose = new CoseSign1(
                        original.protectedBytes(),
                        original.alg(),
                        original.kid(),
                        LicenceCwt.qr(forged),
                        original.signature())
                .encode();
        assertEquals("signature:signature-mismatch", reason(VERIFIER.verifyQr(QrText.of(cose), AT)));
    }

    @Test
    void reportsValidityAgainstTheExplicitValidationTime() {
        assertEquals(
                "validity:not-yet-valid",
                reason(VERIFIER.verifyQr(SIGNED.qrText(), Instant.parse("2026-03-01T15:59:59Z"))));
        assertEquals(
                Outcome.VALID,
                VERIFIER.verifyQr(SIGNED.qrText(), Instant.parse("2026-03-01T16:00:00Z"))
                        .outcome());
        assertEquals(
                Outcome.VALID,
                VERIFIER.verifyQr(SIGNED.qrText(), Instant.parse("2027-03-01T15:59:59Z"))
                        .outcome());
        assertEquals(
                "validity:expired", reason(VERIFIER.verifyQr(SIGNED.qrText(), Instant.parse("2027-03-01T16:00:00Z"))));
    }

    @Test
    void asksSignerTrustAboutTheCertificate() {
        LicenceVerifier untrusting =
                new LicenceVerifier(KnownSigners.of(KEY.certificate()), new PinnedSignerTrust(Map.of()));
        VerificationReport report = untrusting.verifyQr(SIGNED.qrText(), AT);
        assertEquals("trust:not-trusted", reason(report));
        assertEquals(CheckResult.PASSED, report.check("signature").orElseThrow().result());
    }

    @Test
    void signerCertificateNamingAnotherIssuerIsRejected() {
        for (String named : new String[] {
            "NTRCN-" + TestLicences.ISSUER.value(), TestLicences.ISSUER.value(), "NTRCN-91440101MA5CXXXX10"
        }) {
            Pkcs12IssuerKey key = dev.zhengzhao.signer.key.IssuerKeys.generate(
                    SignatureAlgorithm.ES256,
                    "CN=越秀区卫健局,organizationIdentifier=" + named + ",C=CN",
                    TestLicences.KEY_NOT_BEFORE,
                    java.time.Duration.ofDays(365),
                    new java.security.SecureRandom());
            LicenceVerifier verifier = new LicenceVerifier(
                    KnownSigners.of(key.certificate()), new PinnedSignerTrust(Map.of(key.certificate(), "GD")));
            VerificationReport report =
                    verifier.verifyQr(new CoseLicenceSigner(key).sign(CLAIMS).qrText(), AT);
            boolean same = named.endsWith(TestLicences.ISSUER.value());
            assertEquals(same ? Outcome.VALID : Outcome.INVALID, report.outcome(), named);
            assertEquals(
                    same ? "ok" : "issuer-mismatch",
                    report.check("issuer").orElseThrow().reason().code(),
                    named);
        }
        assertEquals(
                java.util.Optional.empty(),
                VERIFIER.verifyQr(SIGNED.qrText(), AT).check("issuer"));
    }

    @Test
    void neverThrowsAndNeverAcceptsRandomOrMutatedText() {
        Random random = new Random(2026);
        String valid = SIGNED.qrText();
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(valid);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = 4 + random.nextInt(text.length() - 4);
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            VerificationReport report = VERIFIER.verifyQr(text.toString(), AT);
            if (!text.toString().equals(valid)) {
                assertNotEquals(Outcome.VALID, report.outcome(), text.toString());
            }
        }
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(400)];
            random.nextBytes(junk);
            assertNotEquals(
                    Outcome.VALID,
                    VERIFIER.verifyQr("ZZ1:" + Base45.encode(junk), AT).outcome());
            assertNotEquals(
                    Outcome.VALID, VERIFIER.verifyQr(QrText.of(junk), AT).outcome());
            assertNotEquals(Outcome.VALID, VERIFIER.verifyRecord(junk, AT).outcome());
        }
    }

    private static byte[] qrCose() {
        return ((QrText.Cose) QrText.parse(SIGNED.qrText())).bytes();
    }
}
