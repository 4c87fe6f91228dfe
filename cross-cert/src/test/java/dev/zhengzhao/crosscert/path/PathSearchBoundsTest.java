package dev.zhengzhao.crosscert.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CaProfile;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.Validity;
import dev.zhengzhao.crosscert.revocation.CrlRevocationSource;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathSearchBoundsTest {
    static final Instant NOW = TestPki.NOW;
    static final SecureRandom RANDOM = TestPki.RANDOM;
    static final Validity YEAR = Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(365));

    @Test
    void loopOfCrossCertificatesTerminates() {
        Pkcs12CaKeys keys = Pkcs12CaKeys.inMemory(RANDOM);
        CaProfile any = CaProfile.of(Set.of("2.5.29.32.0"));
        CertificateAuthority a =
                CertificateAuthority.createRoot(keys, "a", "C=HK,CN=Loop A", KeyAlgorithm.EC_P256, any, YEAR, RANDOM);
        CertificateAuthority b =
                CertificateAuthority.createRoot(keys, "b", "C=HK,CN=Loop B", KeyAlgorithm.EC_P256, any, YEAR, RANDOM);
        CertificateAuthority c =
                CertificateAuthority.createRoot(keys, "c", "C=HK,CN=Loop C", KeyAlgorithm.EC_P256, any, YEAR, RANDOM);
        List<X509Certificate> pool = List.of(
                a.crossCertify(b.certificate(), any, YEAR),
                b.crossCertify(c.certificate(), any, YEAR),
                c.crossCertify(a.certificate(), any, YEAR),
                b.crossCertify(a.certificate(), any, YEAR));
        X509Certificate leaf = a.certifySigner(
                "C=HK,CN=Looping Signer", KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(), Set.of(), YEAR);
        BridgeSignerTrust trust = new BridgeSignerTrust(
                List.of(TestPki.anchor("GD")), pool, new CrlRevocationSource(List.of()), BuildLimits.DEFAULT);
        PathResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> trust.validate(leaf, NOW));
        assertEquals("loop", result.reason(), result.failures().toString());
    }

    @Test
    void hugeCandidatePoolIsAnsweredInBoundedTime() {
        BridgePki pki = TestPki.PKI;
        X509Certificate realIssuing = pki.domain("HK").issuing().certificate();
        CertificateAuthority decoy = CertificateAuthority.createRoot(
                Pkcs12CaKeys.inMemory(RANDOM),
                "decoy",
                "C=HK,CN=Decoy",
                KeyAlgorithm.EC_P256,
                CaProfile.of(Set.of()),
                YEAR,
                RANDOM);
        List<X509Certificate> pool = new ArrayList<>(pki.pool());
        for (int i = 0; i < 2_500; i++) {
            // same name and key as the real issuing CA: every one matches by name and key identifier
            pool.add(decoy.certifyCa(
                    realIssuing.getSubjectX500Principal(), realIssuing.getPublicKey(), CaProfile.of(Set.of()), YEAR));
        }
        BridgeSignerTrust trust = new BridgeSignerTrust(
                List.of(TestPki.anchor("GD")), pool, new CrlRevocationSource(pki.crls()), BuildLimits.DEFAULT);
        long start = System.nanoTime();
        PathResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> trust.validate(BridgeScenarioTest.HK_SIGNER, NOW));
        assertEquals("too-many-candidates", result.reason(), result.failures().toString());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos());
    }
}
