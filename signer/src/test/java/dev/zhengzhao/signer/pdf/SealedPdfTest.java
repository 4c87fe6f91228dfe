package dev.zhengzhao.signer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.ExternalTool;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SealedPdfTest {
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    private static final Map<String, String> LABELS = Map.of("KZ_GZDW", "工作单位", "KZ_TJJG", "体检结论", "KZ_TJRQ", "体检日期");

    @TempDir
    Path dir;

    private record Sealed(Pkcs12IssuerKey key, SignedLicence signed, byte[] pdf) {
        SealedPdfVerifier verifier() {
            PinnedSignerTrust trust = new PinnedSignerTrust(Map.of(key.certificate(), "GD"));
            return new SealedPdfVerifier(new LicenceVerifier(KnownSigners.of(key.certificate()), trust), trust);
        }
    }

    private static Sealed seal(SignatureAlgorithm algorithm) {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        LicenceClaims claims = TestLicences.typical();
        SignedLicence signed = new CoseLicenceSigner(key).sign(claims);
        byte[] unsigned = new PdfBoxLicenceRenderer().render(claims, signed.qrText(), LABELS);
        byte[] pdf = new PadesSealer(key, Clock.fixed(TestLicences.ISSUED_AT, ZoneOffset.UTC)).seal(unsigned);
        return new Sealed(key, signed, pdf);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void sealedPdfVerifiesOfflineWithEveryAlgorithm(SignatureAlgorithm algorithm) {
        Sealed sealed = seal(algorithm);
        VerificationReport report = sealed.verifier().verify(sealed.pdf(), AT);
        assertEquals(Outcome.VALID, report.outcome(), report.checks().toString());
        assertEquals("张三丰", report.claims().holderName());
    }

    @Test
    void pdfsigSaysTheSignatureIsValidAndCoversTheWholeDocument() throws IOException {
        Sealed sealed = seal(SignatureAlgorithm.ES256);
        Path file = dir.resolve("licence.pdf");
        Files.write(file, sealed.pdf());
        ExternalTool.Run run = ExternalTool.run("pdfsig", file.toString());
        assertTrue(run.output().contains("Signature is Valid"), run.output());
        assertTrue(run.output().contains("Total document signed"), run.output());
        assertTrue(run.output().contains("ETSI.CAdES.detached"), run.output());
    }

    @Test
    void qrRenderedOnThePageDecodesToTheSignedQrText() throws IOException {
        Sealed sealed = seal(SignatureAlgorithm.SM2_SM3);
        Path file = dir.resolve("licence.pdf");
        Files.write(file, sealed.pdf());
        ExternalTool.Run render = ExternalTool.run(
                "pdftoppm",
                "-r",
                "150",
                "-png",
                "-singlefile",
                file.toString(),
                dir.resolve("page").toString());
        assertEquals(0, render.exit(), render.all());
        ExternalTool.Run scan = ExternalTool.run(
                "zbarimg", "--raw", "-q", dir.resolve("page.png").toString());
        assertEquals(sealed.signed().qrText(), scan.output().strip(), scan.errors());
    }

    @Test
    void contentAppendedAfterSigningIsRejected() {
        Sealed sealed = seal(SignatureAlgorithm.ES256);
        byte[] extra = "\n% appended after signing\n".getBytes(StandardCharsets.US_ASCII);
        byte[] longer = Arrays.copyOf(sealed.pdf(), sealed.pdf().length + extra.length);
        System.arraycopy(extra, 0, longer, sealed.pdf().length, extra.length);
        VerificationReport report = sealed.verifier().verify(longer, AT);
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals(
                "content-after-signature",
                report.check("coverage").orElseThrow().reason().code());
    }

    @Test
    void aChangedByteInTheSignedContentIsRejected() {
        Sealed sealed = seal(SignatureAlgorithm.EDDSA);
        byte[] pdf = sealed.pdf();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        pdf[at + 3] = 'X';
        VerificationReport report = sealed.verifier().verify(pdf, AT);
        assertEquals(Outcome.INVALID, report.outcome());
        assertEquals(
                "digest-mismatch",
                report.firstProblem().orElseThrow().reason().code(),
                report.checks().toString());
    }
}
