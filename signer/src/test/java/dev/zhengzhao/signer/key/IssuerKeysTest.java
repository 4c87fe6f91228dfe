package dev.zhengzhao.signer.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.signer.TestLicences;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IssuerKeysTest {
    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void pkcs12RoundTripKeepsTheKeyAndTheKid(SignatureAlgorithm algorithm) throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        byte[] file = key.toPkcs12("secret".toCharArray());
        Pkcs12IssuerKey read = Pkcs12IssuerKey.read(file, "secret".toCharArray());
        assertEquals(algorithm, read.algorithm());
        assertEquals(key.kid(), read.kid());
        byte[] data = "licence".getBytes(StandardCharsets.UTF_8);
        assertTrue(VerificationKey.require(key.certificate()).verify(data, read.sign(data)));
        assertThrows(IllegalArgumentException.class, () -> Pkcs12IssuerKey.read(file, "wrong".toCharArray()));
    }

    @org.junit.jupiter.api.Test
    void opensslReadsThePkcs12FileWithoutLegacyAlgorithms(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("issuer.p12");
        java.nio.file.Files.write(
                file, TestLicences.key(SignatureAlgorithm.ES256).toPkcs12("secret".toCharArray()));
        dev.zhengzhao.signer.ExternalTool.Run run = dev.zhengzhao.signer.ExternalTool.run(
                "openssl", "pkcs12", "-in", file.toString(), "-passin", "pass:secret", "-nodes");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.output().contains("BEGIN PRIVATE KEY"), run.all());
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void kidIsTheFirstEightBytesOfTheCertificateHash(SignatureAlgorithm algorithm) throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        byte[] hash =
                MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        assertArrayEquals(Arrays.copyOf(hash, 8), key.kid().bytes());
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void csrIsSignedByTheKeyItNames(SignatureAlgorithm algorithm) throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        PKCS10CertificationRequest csr = IssuerKeys.csr(key, "CN=广州市越秀区卫生健康局,O=Zhengzhao,C=CN");
        assertTrue(csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER)
                .build(csr.getSubjectPublicKeyInfo())));
        assertTrue(IssuerKeys.pem(csr).startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void selfSignedCertificateVerifiesWithItsOwnKey(SignatureAlgorithm algorithm) throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        key.certificate().verify(key.certificate().getPublicKey(), BouncyCastle.PROVIDER);
        assertEquals(algorithm, VerificationKey.require(key.certificate()).algorithm());
    }
}
