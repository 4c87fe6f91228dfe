package dev.zhengzhao.crosscert.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * CA keys inside a PKCS#11 token (an HSM; SoftHSM2 in tests) through the JDK's SunPKCS11 provider.
 * Keys are generated in the token as permanent, sensitive, non-extractable objects: the private key
 * never exists outside it. ECDSA P-256 only — SoftHSM2 and most HSMs offer no SM2 mechanism and
 * SunPKCS11 maps none, so GD CAs on an HSM need a vendor provider behind the same interface.
 */
public final class Pkcs11CaKeys implements CaKeys {
    private final Provider provider;
    private final KeyStore token;
    private final SecureRandom random;

    private Pkcs11CaKeys(Provider provider, KeyStore token, SecureRandom random) {
        this.provider = provider;
        this.token = token;
        this.random = random;
    }

    /**
     * A SunPKCS11 provider for one slot, configured so that generated keys are token objects that
     * cannot be exported.
     *
     * @param library the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so
     * @param slot the slot id
     */
    public static Provider provider(Path library, long slot) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "this JDK has no SunPKCS11 provider");
        }
        String config = "--name=zz-ca-" + slot + "\n"
                + "library=" + library.toAbsolutePath() + "\n"
                + "slot=" + slot + "\n"
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                + "  CKA_TOKEN = true\n  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n"
                + "attributes(generate, CKO_PUBLIC_KEY, *) = {\n  CKA_TOKEN = true\n}\n";
        return base.configure(config);
    }

    /** Logs in to the token. */
    public static Pkcs11CaKeys open(Provider provider, char[] pin, SecureRandom random) {
        try {
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, pin);
            return new Pkcs11CaKeys(provider, token, random);
        } catch (IOException | GeneralSecurityException e) {
            throw new ZhengzhaoException(
                    ErrorCode.SIGNING_UNAVAILABLE, "cannot log in to the PKCS#11 token (wrong PIN?)", e);
        }
    }

    @Override
    public PublicKey generate(String alias, KeyAlgorithm algorithm) {
        if (algorithm != KeyAlgorithm.EC_P256) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "a PKCS#11 token here holds ECDSA P-256 keys only, not " + algorithm);
        }
        try {
            if (token.containsAlias(alias)) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the token already has a key " + alias);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate placeholder =
                    PlaceholderCertificate.of(alias, pair.getPublic(), contentSigner(pair.getPrivate()));
            token.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {placeholder});
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the token could not generate a key", e);
        }
    }

    @Override
    public void install(String alias, X509Certificate certificate) {
        if (!Arrays.equals(
                certificate(alias).getPublicKey().getEncoded(),
                certificate.getPublicKey().getEncoded())) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the certificate is not for the key " + alias);
        }
        try {
            token.setKeyEntry(alias, key(alias), null, new Certificate[] {certificate});
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the token could not store the certificate", e);
        }
    }

    @Override
    public X509Certificate certificate(String alias) {
        try {
            Certificate certificate = token.getCertificate(alias);
            if (!(certificate instanceof X509Certificate x509)) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "no key " + alias + " in the token");
            }
            return x509;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read the token", e);
        }
    }

    @Override
    public ContentSigner signer(String alias) {
        return contentSigner(key(alias));
    }

    private PrivateKey key(String alias) {
        try {
            PrivateKey key = (PrivateKey) token.getKey(alias, null);
            if (key == null) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "no key " + alias + " in the token");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read the token", e);
        }
    }

    private ContentSigner contentSigner(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(provider)
                    .setSecureRandom(random)
                    .build(key);
        } catch (OperatorCreationException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the token cannot sign", e);
        }
    }
}
