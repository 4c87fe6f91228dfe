package dev.zhengzhao.signer.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SealedPdfFuzzTest {
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void neverThrowsAndNeverAcceptsRandomTruncatedOrFlippedPdfs() {
        Pkcs12IssuerKey key = TestLicences.key(SignatureAlgorithm.ES256);
        LicenceClaims claims = TestLicences.typical();
        String qr = new CoseLicenceSigner(key).sign(claims).qrText();
        byte[] pdf = new PadesSealer(key, Clock.fixed(AT, ZoneOffset.UTC))
                .seal(new PdfBoxLicenceRenderer().render(claims, qr, Map.of()));
        PinnedSignerTrust trust = new PinnedSignerTrust(Map.of(key.certificate(), "GD"));
        SealedPdfVerifier verifier =
                new SealedPdfVerifier(new LicenceVerifier(KnownSigners.of(key.certificate()), trust), trust);
        assertEquals(Outcome.VALID, verifier.verify(pdf, AT).outcome());

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int gapStart = text.lastIndexOf("/Contents <");
        int gapEnd = text.indexOf('>', gapStart);
        Random random = new Random(319142);
        for (int i = 0; i < 300; i++) {
            byte[] flipped = pdf.clone();
            int at = random.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 + random.nextInt(255));
            boolean inSignatureValue = at > gapStart && at < gapEnd;
            Outcome outcome = verifier.verify(flipped, AT).outcome();
            if (!inSignatureValue) {
                assertNotEquals(Outcome.VALID, outcome, "a flipped byte at " + at + " was accepted");
            }
        }
        for (int i = 0; i < 100; i++) {
            assertNotEquals(
                    Outcome.VALID,
                    verifier.verify(Arrays.copyOf(pdf, random.nextInt(pdf.length)), AT)
                            .outcome());
            byte[] junk = new byte[random.nextInt(5000)];
            random.nextBytes(junk);
            assertNotEquals(Outcome.VALID, verifier.verify(junk, AT).outcome());
        }
        assertNotEquals(Outcome.VALID, verifier.verify(null, AT).outcome());
    }
}
