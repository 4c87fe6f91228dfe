package dev.zhengzhao.crosscert.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.path.Revocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A root and an issuing CA whose keys live in a SoftHSM2 token certify a signer whose path
 * validates. SoftHSM2 reads SOFTHSM2_CONF when its library loads, so the build sets that variable
 * (cross-cert/pom.xml) and this test writes the file and a fresh token there. It fails, naming
 * the package, where SoftHSM2 is not installed.
 */
class Pkcs11CaKeysTest {
    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final char[] PIN = "1234".toCharArray();

    @Test
    void caKeysGeneratedInTokenIssueAPathThatValidates() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        // never skipped: CI installs SoftHSM2 and cross-cert/pom.xml sets SOFTHSM2_CONF for the tests
        assertNotNull(conf, "SOFTHSM2_CONF must be set for the test JVM (see cross-cert/pom.xml)");
        assertTrue(Files.isReadable(LIBRARY), "SoftHSM2 is not installed: apt-get install -y softhsm2");
        Provider provider = Pkcs11CaKeys.provider(LIBRARY, freshToken(Path.of(conf)));
        Pkcs11CaKeys hsm = Pkcs11CaKeys.open(provider, PIN, TestPki.RANDOM);
        Validity years = Validity.of(TestPki.NOW.minus(Duration.ofDays(1)), Duration.ofDays(3650));
        String policy = Jurisdiction.HK.policy(Jurisdiction.Level.HIGH);
        CertificateAuthority root = CertificateAuthority.createRoot(
                hsm,
                "hk-root",
                "C=HK,O=HSM Root,CN=HK HSM Root",
                KeyAlgorithm.EC_P256,
                CaProfile.of(Set.of(policy)),
                years,
                TestPki.RANDOM);
        CertificateAuthority issuing = root.createSubordinate(
                hsm,
                "hk-issuing",
                "C=HK,O=HSM Root,CN=HK HSM Issuing",
                KeyAlgorithm.EC_P256,
                CaProfile.of(Set.of(policy)).withPathLength(0),
                years);
        X509Certificate signer = issuing.certifySigner(
                "C=HK,O=Department,CN=Signer",
                KeyAlgorithm.ED25519.generate(TestPki.RANDOM).getPublic(),
                Set.of(policy),
                years);

        PathResult result = new BridgeSignerTrust(
                        List.of(new Anchor(root.certificate(), "HK", Set.of(policy))),
                        List.of(issuing.certificate()),
                        Revocation.off(),
                        BuildLimits.DEFAULT)
                .validate(signer, TestPki.NOW);
        assertTrue(result.isValid(), result.failures().toString());
        assertEquals(3, result.path().size());

        // a fresh login finds the keys and certificates again; the private key cannot be exported
        Pkcs11CaKeys again = Pkcs11CaKeys.open(provider, PIN, TestPki.RANDOM);
        assertEquals(issuing.certificate(), again.certificate("hk-issuing"));
        java.security.KeyStore token = java.security.KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN);
        assertNull(token.getKey("hk-root", null).getEncoded(), "the root key must not leave the token");
    }

    /** A new token in a fresh directory; returns its slot. */
    static long freshToken(Path conf) throws Exception {
        Path tokens = conf.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (var walk = Files.walk(tokens)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(
                conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Process p = new ProcessBuilder(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        "zz-ca",
                        "--pin",
                        "1234",
                        "--so-pin",
                        "5678")
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        Matcher slot = Pattern.compile("slot (\\d+)").matcher(out);
        assertTrue(slot.find(), out);
        return Long.parseLong(slot.group(1));
    }
}
