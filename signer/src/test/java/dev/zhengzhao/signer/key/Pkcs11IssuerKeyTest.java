package dev.zhengzhao.signer.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.ExternalTool;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

/**
 * An ECDSA P-256 issuer key generated inside a SoftHSM2 token signs a licence through SunPKCS11.
 * SoftHSM2 reads SOFTHSM2_CONF when its library loads, so the build sets that variable for the test
 * JVM (signer/pom.xml) and this test writes the file and a fresh token directory there.
 */
class Pkcs11IssuerKeyTest {
    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final char[] PIN = "1234".toCharArray();

    @Test
    void keyGeneratedInSoftHsmSignsALicenceThatVerifies() throws Exception {
        String confVariable = System.getenv("SOFTHSM2_CONF");
        assertNotNull(confVariable, "SOFTHSM2_CONF must be set for the test JVM (see signer/pom.xml)");
        assertTrue(Files.isReadable(LIBRARY), "SoftHSM2 is not installed: apt-get install -y softhsm2");
        long slot = freshToken(Path.of(confVariable));

        Provider provider = Pkcs11IssuerKey.provider(LIBRARY, slot);
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = IssuerKeys.selfSigned(
                new X500Name("CN=HSM issuer,O=Zhengzhao Test,C=CN"),
                pair.getPublic(),
                TestLicences.KEY_NOT_BEFORE,
                Duration.ofDays(365),
                new ContentSignerAdapter(SignatureAlgorithm.ES256, data -> signInToken(provider, pair, data)),
                new SecureRandom());
        token.setKeyEntry("issuer", pair.getPrivate(), null, new Certificate[] {certificate});

        Pkcs11IssuerKey key = Pkcs11IssuerKey.open(provider, PIN, "issuer");
        assertEquals(Kid.of(certificate), key.kid());
        SignedLicence signed = new CoseLicenceSigner(key).sign(TestLicences.typical());
        LicenceVerifier verifier =
                new LicenceVerifier(KnownSigners.of(certificate), new PinnedSignerTrust(Map.of(certificate, "GD")));
        VerificationReport report = verifier.verifyQr(signed.qrText(), Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(Outcome.VALID, report.outcome(), report.checks().toString());
        assertEquals(
                Outcome.VALID,
                verifier.verifyRecord(signed.signedRecord(), Instant.parse("2026-06-01T00:00:00Z"))
                        .outcome());
    }

    private static byte[] signInToken(Provider provider, KeyPair pair, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA", provider);
            signature.initSign(pair.getPrivate());
            signature.update(data);
            return SignatureEncoding.derToRaw(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the SoftHSM2 configuration, empties the token directory and initialises one token. */
    private static long freshToken(Path conf) throws IOException {
        Path tokens = conf.getParent().resolve("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> old = Files.walk(tokens)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(
                conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        ExternalTool.Run init = ExternalTool.run(
                Map.of("SOFTHSM2_CONF", conf.toString()),
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "zz-test",
                "--pin",
                "1234",
                "--so-pin",
                "5678");
        assertEquals(0, init.exit(), init.all());
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init.all());
        assertTrue(slot.find(), init.all());
        return Long.parseLong(slot.group(1));
    }
}
