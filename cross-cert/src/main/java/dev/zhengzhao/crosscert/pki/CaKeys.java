package dev.zhengzhao.crosscert.pki;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.operator.ContentSigner;

/**
 * Where CA private keys live. A key is generated inside the store and never leaves it: callers get
 * its public key, install the certificate issued for it, and ask for a {@link ContentSigner} that
 * signs exactly the bytes they prepared. A PKCS#12 file ({@link Pkcs12CaKeys}) or an HSM behind
 * PKCS#11 fit behind the same four methods.
 */
public interface CaKeys {
    /** Generates a key pair under {@code alias} and returns its public half. */
    PublicKey generate(String alias, KeyAlgorithm algorithm);

    /** Records the certificate issued for the key under {@code alias}. */
    void install(String alias, X509Certificate certificate);

    /** The certificate recorded for {@code alias}. */
    X509Certificate certificate(String alias);

    /** A signer for the key under {@code alias}, using the key's own signature algorithm. */
    ContentSigner signer(String alias);
}
