package dev.zhengzhao.signer.bench;

import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
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
import java.util.Arrays;
import java.util.Map;

/**
 * Full QR verification as a fraction of the raw signature check, measured in alternating short
 * blocks so that both see the same machine load (the shared 2-core machines swing ±40%). Prints
 * the median ratio of many block pairs per algorithm. Run: {@code signer/bench.sh} prints JMH
 * figures; this one runs with the same class path via {@code java … InterleavedRatio}.
 */
public final class InterleavedRatio {
    private InterleavedRatio() {}

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int block = 500;
        Instant at = Instant.parse("2026-06-01T00:00:00Z");
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            Pkcs12IssuerKey issuer = TestLicences.key(algorithm);
            SignedLicence signed = new CoseLicenceSigner(issuer).sign(TestLicences.typical());
            CoseSign1 cose = CoseSign1.decode(((QrText.Cose) QrText.parse(signed.qrText())).bytes())
                    .orElseThrow();
            byte[] tbs = cose.toBeSigned();
            byte[] sig = cose.signature();
            VerificationKey key = VerificationKey.require(issuer.certificate());
            LicenceVerifier verifier = new LicenceVerifier(
                    KnownSigners.of(issuer.certificate()), new PinnedSignerTrust(Map.of(issuer.certificate(), "GD")));
            double[] ratios = new double[pairs];
            double[] rawRates = new double[pairs];
            boolean sink = false;
            for (int p = -10; p < pairs; p++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    sink ^= key.verify(tbs, sig);
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    sink ^= verifier.verifyQr(signed.qrText(), at).claims() == null;
                }
                long t2 = System.nanoTime();
                if (p >= 0) {
                    ratios[p] = (double) (t1 - t0) / (t2 - t1);
                    rawRates[p] = block * 1e9 / (t1 - t0);
                }
            }
            Arrays.sort(ratios);
            Arrays.sort(rawRates);
            System.out.printf(
                    "%-8s raw verify median %.0f ops/s; full QR verify / raw verify: median %.2f (p25 %.2f, p75 %.2f)%s%n",
                    algorithm.coseName(),
                    rawRates[pairs / 2],
                    ratios[pairs / 2],
                    ratios[pairs / 4],
                    ratios[3 * pairs / 4],
                    sink ? "" : " ");
        }
    }
}
