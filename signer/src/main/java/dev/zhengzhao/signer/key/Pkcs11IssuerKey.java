package dev.zhengzhao.signer.key;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.X509Certificate;

/**
 * An issuer key inside a PKCS#11 token (an HSM, or SoftHSM2 in tests), used through the JDK's
 * SunPKCS11 provider. The private key never leaves the token. ECDSA P-256 only: SoftHSM2 and most
 * HSMs have no SM2 mechanism, and SunPKCS11 maps none (docs/signing.md).
 */
public final class Pkcs11IssuerKey implements IssuerKey {
    private final Provider provider;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final Kid kid;

    private Pkcs11IssuerKey(Provider provider, PrivateKey privateKey, X509Certificate certificate) {
        this.provider = provider;
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.kid = Kid.of(certificate);
    }

    /**
     * A SunPKCS11 provider for one slot of a PKCS#11 library.
     *
     * @param library the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so
     * @param slot the slot id (as printed by the token tool)
     */
    public static Provider provider(Path library, long slot) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "this JDK has no SunPKCS11 provider");
        }
        String config = "--name=zz-" + slot + "\nlibrary=" + library.toAbsolutePath() + "\nslot=" + slot + "\n";
        return base.configure(config);
    }

    /** The token's key entry {@code alias} (the CKA_LABEL of its certificate and private key). */
    public static Pkcs11IssuerKey open(Provider provider, char[] pin, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            if (!store.isKeyEntry(alias)) {
                throw new ZhengzhaoException(
                        ErrorCode.SIGNING_UNAVAILABLE, "the token has no key entry with label '" + alias + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, null);
            X509Certificate cert =
                    IssuerKeys.certificate(store.getCertificate(alias).getEncoded());
            if (VerificationKey.require(cert).algorithm() != SignatureAlgorithm.ES256) {
                throw new ZhengzhaoException(
                        ErrorCode.SIGNING_UNAVAILABLE, "only ECDSA P-256 keys are supported in a PKCS#11 token");
            }
            return new Pkcs11IssuerKey(provider, key, cert);
        } catch (IOException | GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot open the PKCS#11 token", e);
        }
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.ES256;
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
            Signature signature = Signature.getInstance("SHA256withECDSA", provider);
            signature.initSign(privateKey);
            signature.update(data);
            return SignatureEncoding.derToRaw(signature.sign());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the PKCS#11 token could not sign", e);
        }
    }
}
