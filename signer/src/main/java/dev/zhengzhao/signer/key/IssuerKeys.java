package dev.zhengzhao.signer.key;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Key ceremonies for development, tests and the demo: generate a key with a self-signed signing
 * certificate, make a PKCS#10 request for a CA, and PEM text. Production keys come from a CA
 * (cross-cert) or live in an HSM ({@link Pkcs11IssuerKey}).
 */
public final class IssuerKeys {
    private IssuerKeys() {}

    /** A fresh key pair for {@code algorithm}, made by Bouncy Castle. */
    public static KeyPair generateKeyPair(SignatureAlgorithm algorithm, SecureRandom random) {
        try {
            return switch (algorithm) {
                case EDDSA -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519", BouncyCastle.PROVIDER);
                    g.initialize(255, random);
                    yield g.generateKeyPair();
                }
                case ES256, SM2_SM3 -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                    g.initialize(
                            new ECGenParameterSpec(algorithm == SignatureAlgorithm.ES256 ? "secp256r1" : "sm2p256v1"),
                            random);
                    yield g.generateKeyPair();
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm.coseName() + " key", e);
        }
    }

    /**
     * A new key with a self-signed signing certificate (key usage digitalSignature and
     * nonRepudiation, not a CA), valid from {@code notBefore} for {@code validity}.
     */
    public static Pkcs12IssuerKey generate(
            SignatureAlgorithm algorithm, String subjectDn, Instant notBefore, Duration validity, SecureRandom random) {
        KeyPair pair = generateKeyPair(algorithm, random);
        ContentSignerAdapter signer =
                new ContentSignerAdapter(algorithm, data -> signWithFreshKey(algorithm, pair, random, data));
        X509Certificate certificate =
                selfSigned(new X500Name(subjectDn), pair.getPublic(), notBefore, validity, signer, random);
        return new Pkcs12IssuerKey(pair.getPrivate(), certificate, SignatureAlgorithm.DEFAULT_SM2_USER_ID, random);
    }

    /** A self-signed end-entity signing certificate for {@code publicKey}, signed through {@code signer}. */
    public static X509Certificate selfSigned(
            X500Name subject,
            PublicKey publicKey,
            Instant notBefore,
            Duration validity,
            ContentSignerAdapter signer,
            SecureRandom random) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(64, random).add(BigInteger.ONE),
                    Date.from(notBefore),
                    Date.from(notBefore.plus(validity)),
                    subject,
                    publicKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(publicKey));
            return certificate(builder.build(signer).getEncoded());
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the certificate", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the certificate", e);
        }
    }

    /** A PKCS#10 certification request for {@code key}, signed by the key itself (works for HSM keys). */
    public static PKCS10CertificationRequest csr(IssuerKey key, String subjectDn) {
        return new JcaPKCS10CertificationRequestBuilder(
                        new X500Name(subjectDn), key.certificate().getPublicKey())
                .build(ContentSignerAdapter.of(key));
    }

    /** PEM text of a certificate, CSR or key object. */
    public static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return text.toString();
    }

    /**
     * Parses a DER or PEM X.509 certificate: with the JDK parser (twice as fast as BC's,
     * docs/measured.md), or with Bouncy Castle when the JDK cannot read the key (SM2 curves).
     * Either kind compares equal by encoding, which the pinned trust set relies on.
     */
    public static X509Certificate certificate(byte[] derOrPem) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(derOrPem));
        } catch (CertificateException | RuntimeException jdkRefused) {
            try {
                return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                        .generateCertificate(new ByteArrayInputStream(derOrPem));
            } catch (CertificateException | RuntimeException e) {
                throw new IllegalArgumentException("not an X.509 certificate", e);
            }
        }
    }

    /** Signs with a freshly generated private key before it has a certificate. */
    private static byte[] signWithFreshKey(
            SignatureAlgorithm algorithm, KeyPair pair, SecureRandom random, byte[] data) {
        try {
            return new SoftwareSigner(
                            algorithm,
                            PrivateKeyFactory.createKey(pair.getPrivate().getEncoded()),
                            SignatureAlgorithm.DEFAULT_SM2_USER_ID,
                            random)
                    .sign(data);
        } catch (IOException | CryptoException e) {
            throw new IllegalStateException("cannot sign the certificate", e);
        }
    }
}
