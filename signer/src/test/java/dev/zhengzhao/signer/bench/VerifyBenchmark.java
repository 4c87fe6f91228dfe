package dev.zhengzhao.signer.bench;

import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.key.VerificationKey;
import dev.zhengzhao.signer.qr.QrText;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.time.Instant;
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

/** Raw signature verification against the full offline QR verification, per algorithm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifyBenchmark {
    @Param({"SM2_SM3", "ES256", "EDDSA"})
    public SignatureAlgorithm algorithm;

    private VerificationKey key;
    private byte[] toBeSigned;
    private byte[] signature;
    private String qrText;
    private LicenceVerifier verifier;
    private final Instant at = Instant.parse("2026-06-01T00:00:00Z");

    @Setup
    public void setUp() {
        Pkcs12IssuerKey issuer = TestLicences.key(algorithm);
        SignedLicence signed = new CoseLicenceSigner(issuer).sign(TestLicences.typical());
        qrText = signed.qrText();
        CoseSign1 cose =
                CoseSign1.decode(((QrText.Cose) QrText.parse(qrText)).bytes()).orElseThrow();
        toBeSigned = cose.toBeSigned();
        signature = cose.signature();
        key = VerificationKey.require(issuer.certificate());
        verifier = new LicenceVerifier(
                KnownSigners.of(issuer.certificate()), new PinnedSignerTrust(Map.of(issuer.certificate(), "GD")));
    }

    @Benchmark
    public boolean rawVerify() {
        return key.verify(toBeSigned, signature);
    }

    @Benchmark
    public VerificationReport qrVerify() {
        return verifier.verifyQr(qrText, at);
    }
}
