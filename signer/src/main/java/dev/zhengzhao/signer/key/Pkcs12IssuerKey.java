package dev.zhengzhao.signer.key;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Objects;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * An issuer key held in a PKCS#12 file (or generated in memory): for development, demos and
 * issuers without an HSM. The private key is parsed once into Bouncy Castle's low-level form.
 */
public final class Pkcs12IssuerKey implements IssuerKey {
    private static final String ALIAS = "issuer";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final SignatureAlgorithm algorithm;
    private final Kid kid;
    private final SoftwareSigner signer;

    /**
     * @param sm2UserId the SM2 distinguishing identifier (ignored for other algorithms); verifiers
     *     must use the same one, so keep {@link SignatureAlgorithm#DEFAULT_SM2_USER_ID} unless agreed otherwise
     */
    public Pkcs12IssuerKey(PrivateKey privateKey, X509Certificate certificate, String sm2UserId, SecureRandom random) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = IssuerKeys.certificate(encoded(Objects.requireNonNull(certificate, "certificate")));
        try {
            AsymmetricKeyParameter parameters = PrivateKeyFactory.createKey(privateKey.getEncoded());
            this.algorithm = VerificationKey.algorithmOf(parameters)
                    .orElseThrow(() -> new IllegalArgumentException("the key is not P-256, SM2 or Ed25519"));
            this.signer = new SoftwareSigner(algorithm, parameters, sm2UserId, random);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot parse the private key", e);
        }
        if (VerificationKey.require(certificate).algorithm() != algorithm) {
            throw new IllegalArgumentException("the certificate is not for this private key's algorithm");
        }
        this.kid = Kid.of(certificate);
    }

    public Pkcs12IssuerKey(PrivateKey privateKey, X509Certificate certificate) {
        this(privateKey, certificate, SignatureAlgorithm.DEFAULT_SM2_USER_ID, new SecureRandom());
    }

    /** Reads the first key entry of a PKCS#12 file. */
    public static Pkcs12IssuerKey read(byte[] pkcs12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(new ByteArrayInputStream(pkcs12), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    X509Certificate cert = (X509Certificate) store.getCertificate(alias);
                    return new Pkcs12IssuerKey(key, cert);
                }
            }
            throw new IllegalArgumentException("the PKCS#12 file holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the PKCS#12 file (wrong password or not PKCS#12)", e);
        }
    }

    public static Pkcs12IssuerKey read(Path file, char[] password) throws IOException {
        return read(Files.readAllBytes(file), password);
    }

    /**
     * This key and its certificate as a password-protected PKCS#12 file. The key derivation is
     * deliberately slow (about a second to write or read): load keys at start-up.
     */
    public byte[] toPkcs12(char[] password) {
        try {
            // PBES2 (AES-256-CBC, PBKDF2-HMAC-SHA256, 600,000 iterations) rather than BC's default
            // 3DES/RC2-40, which OpenSSL 3 only reads with -legacy.
            KeyStore store = KeyStore.getInstance("PKCS12-AES256-AES128", BouncyCastle.PROVIDER);
            store.load(null, null);
            store.setKeyEntry(ALIAS, privateKey, password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write PKCS#12", e);
        }
    }

    /** The same key with a new certificate (e.g. the one a CA issued for this key's CSR). */
    public Pkcs12IssuerKey withCertificate(X509Certificate issued) {
        return new Pkcs12IssuerKey(privateKey, issued);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the certificate", e);
        }
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public Kid kid() {
        return kid;
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            return signer.sign(data);
        } catch (CryptoException | RuntimeException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the issuer key could not sign", e);
        }
    }
}
