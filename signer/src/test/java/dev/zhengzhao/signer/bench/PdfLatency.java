package dev.zhengzhao.signer.bench;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * Median and p90 latency of one full issue — sign, QR symbol, render, seal — per algorithm, after
 * a warm-up. Medians resist the load swings of the shared machines better than throughput.
 * Run: {@code signer/bench.sh pdf [count]}.
 */
public final class PdfLatency {
    private PdfLatency() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PdfBoxLicenceRenderer renderer = new PdfBoxLicenceRenderer();
        LicenceClaims claims = TestLicences.typical();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            Pkcs12IssuerKey key = TestLicences.key(algorithm);
            CoseLicenceSigner signer = new CoseLicenceSigner(key);
            PadesSealer sealer = new PadesSealer(key, Clock.systemUTC());
            double[] issue = new double[count];
            double[] pdf = new double[count];
            int size = 0;
            for (int i = -count / 2; i < count; i++) {
                long t0 = System.nanoTime();
                String qr = signer.sign(claims).qrText();
                QrSymbol symbol = QrSymbol.encode(qr);
                long t1 = System.nanoTime();
                byte[] sealed = sealer.seal(renderer.render(claims, qr, symbol, Map.of()));
                long t2 = System.nanoTime();
                if (i >= 0) {
                    issue[i] = (t2 - t0) / 1e6;
                    pdf[i] = (t2 - t1) / 1e6;
                    size = sealed.length;
                }
            }
            Arrays.sort(issue);
            Arrays.sort(pdf);
            System.out.printf(
                    "%-8s render+seal median %.1f ms (p90 %.1f); sign+QR+render+seal median %.1f ms (p90 %.1f); %d-byte PDF%n",
                    algorithm.coseName(),
                    pdf[count / 2],
                    pdf[count * 9 / 10],
                    issue[count / 2],
                    issue[count * 9 / 10],
                    size);
        }
    }
}
