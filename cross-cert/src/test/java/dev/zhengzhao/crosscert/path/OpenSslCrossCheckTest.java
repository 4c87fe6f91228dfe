package dev.zhengzhao.crosscert.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.pki.Validity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSL as an independent RFC 5280 implementation: a Macau verifier validating a Hong Kong signer
 * through the bridge (every certificate on that path is ECDSA P-256, which OpenSSL 3.0 checks; it
 * cannot check our SM2 signatures, see docs/trust.md) must get the same answer from OpenSSL's
 * policy-checking verifier as from ours, with and without the policy mapping.
 */
class OpenSslCrossCheckTest {
    static final BridgePki PKI = TestPki.PKI;
    static final String MO3 = Jurisdiction.MO.policy(Jurisdiction.Level.HIGH);

    @TempDir
    Path dir;

    final X509Certificate signer = TestPki.signer("HK", "C=HK,O=Transport Department,CN=Signer", KeyAlgorithm.EC_P256);

    @Test
    void openSslAgreesThatHongKongSignerIsTrustedInMacau() throws Exception {
        List<X509Certificate> pool = List.of(
                PKI.domain("HK").issuing().certificate(),
                PKI.domain("HK").bridgeCertifiesRoot(),
                PKI.domain("MO").rootCertifiesBridge());
        assertTrue(ours(pool).isValid());
        String openssl = openssl(pool);
        assertTrue(openssl.contains(": OK"), openssl);
    }

    @Test
    void openSslAgreesThatUnmappedCrossCertificateFailsPolicy() throws Exception {
        X509Certificate unmapped = PKI.bridge()
                .crossCertify(
                        PKI.domain("HK").root().certificate(),
                        PkiBuilder.bridgeCertifiesRoot(Jurisdiction.HK).withoutMappings(),
                        Validity.of(TestPki.NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)));
        List<X509Certificate> pool = List.of(
                PKI.domain("HK").issuing().certificate(),
                unmapped,
                PKI.domain("MO").rootCertifiesBridge());
        assertEquals("policy-not-acceptable", ours(pool).reason());
        String openssl = openssl(pool);
        assertTrue(!openssl.contains(": OK") && openssl.contains("policy"), openssl);
    }

    PathResult ours(List<X509Certificate> pool) {
        return new BridgeSignerTrust(List.of(TestPki.anchor("MO")), pool, Revocation.off(), BuildLimits.DEFAULT)
                .validate(signer, TestPki.NOW);
    }

    String openssl(List<X509Certificate> pool) throws Exception {
        Files.writeString(dir.resolve("anchor.pem"), pem(PKI.domain("MO").root().certificate()));
        StringBuilder untrusted = new StringBuilder();
        for (X509Certificate c : pool) {
            untrusted.append(pem(c));
        }
        Files.writeString(dir.resolve("untrusted.pem"), untrusted);
        Files.writeString(dir.resolve("leaf.pem"), pem(signer));
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "verify",
                "-attime",
                Long.toString(TestPki.NOW.getEpochSecond()),
                "-CAfile",
                "anchor.pem",
                "-untrusted",
                "untrusted.pem",
                "-policy_check",
                "-explicit_policy",
                "-policy",
                MO3,
                "leaf.pem"));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new String(p.getInputStream().readAllBytes());
    }

    static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
