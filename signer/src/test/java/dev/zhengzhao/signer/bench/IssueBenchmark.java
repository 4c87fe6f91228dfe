package dev.zhengzhao.signer.bench;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issuance costs: sign both COSE forms + QR text; the QR PNG; render + seal the PDF. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IssueBenchmark {
    @Param({"SM2_SM3", "ES256", "EDDSA"})
    public SignatureAlgorithm algorithm;

    private LicenceClaims claims;
    private CoseLicenceSigner signer;
    private PadesSealer sealer;
    private final PdfBoxLicenceRenderer renderer = new PdfBoxLicenceRenderer();
    private String qrText;

    @Setup
    public void setUp() {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        claims = TestLicences.typical();
        signer = new CoseLicenceSigner(key);
        sealer = new PadesSealer(key, Clock.fixed(TestLicences.ISSUED_AT, ZoneOffset.UTC));
        qrText = signer.sign(claims).qrText();
    }

    @Benchmark
    public SignedLicence signAndQrText() {
        return signer.sign(claims);
    }

    @Benchmark
    public byte[] qrPng() {
        return QrSymbol.encode(qrText).png(4);
    }

    @Benchmark
    public byte[] renderAndSealPdf() {
        return sealer.seal(renderer.render(claims, qrText, Map.of()));
    }
}
