package dev.zhengzhao.crosscert.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * CA keys in a PKCS#12 key store (Bouncy Castle's implementation, which understands SM2 keys). The
 * store is either a file, saved after every change, or in memory for tests and demos.
 */
public final class Pkcs12CaKeys implements CaKeys {
    private final KeyStore store;
    private final char[] password;
    private final Path file;
    private final SecureRandom random;

    private Pkcs12CaKeys(KeyStore store, char[] password, Path file, SecureRandom random) {
        this.store = store;
        this.password = password.clone();
        this.file = file;
        this.random = random;
    }

    /** An in-memory store: keys vanish with the process. */
    public static Pkcs12CaKeys inMemory(SecureRandom random) {
        return open(null, "in-memory".toCharArray(), random);
    }

    /** Opens (or, when absent, creates) the PKCS#12 file. */
    public static Pkcs12CaKeys open(Path file, char[] password, SecureRandom random) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", Providers.bc());
            if (file != null && Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
            }
            return new Pkcs12CaKeys(store, password, file, random);
        } catch (IOException | GeneralSecurityException e) {
            throw new ZhengzhaoException(
                    ErrorCode.SIGNING_UNAVAILABLE, "cannot open the CA key store (wrong password?)", e);
        }
    }

    @Override
    public PublicKey generate(String alias, KeyAlgorithm algorithm) {
        if (contains(alias)) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the key store already has a key " + alias);
        }
        KeyPair pair = algorithm.generate(random);
        // PKCS#12 wants a certificate with every key: a throwaway self-signed one until install().
        X509Certificate placeholder;
        try {
            placeholder = PlaceholderCertificate.of(
                    alias,
                    pair.getPublic(),
                    new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
                            .setProvider(Providers.bc())
                            .build(pair.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with a fresh key", e);
        }
        // written to the file by install(): a key nobody certified is of no use after a crash, and
        // each write of a PKCS#12 file costs 600,000 PBKDF2 rounds (Bouncy Castle's default)
        setEntry(alias, pair.getPrivate(), placeholder, false);
        return pair.getPublic();
    }

    @Override
    public void install(String alias, X509Certificate certificate) {
        PrivateKey key = key(alias);
        if (!java.util.Arrays.equals(
                certificate(alias).getPublicKey().getEncoded(),
                certificate.getPublicKey().getEncoded())) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "the certificate is not for the key under " + alias);
        }
        setEntry(alias, key, certificate, true);
    }

    @Override
    public X509Certificate certificate(String alias) {
        try {
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            if (certificate == null) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "no key " + alias + " in the key store");
            }
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read the CA key store", e);
        }
    }

    @Override
    public ContentSigner signer(String alias) {
        PrivateKey key = key(alias);
        KeyAlgorithm algorithm = KeyAlgorithm.of(certificate(alias).getPublicKey());
        try {
            return new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
                    .setProvider(Providers.bc())
                    .setSecureRandom(random)
                    .build(key);
        } catch (OperatorCreationException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot use the key " + alias, e);
        }
    }

    public boolean contains(String alias) {
        try {
            return store.containsAlias(alias);
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read the CA key store", e);
        }
    }

    private PrivateKey key(String alias) {
        try {
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            if (key == null) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "no key " + alias + " in the key store");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read the CA key store", e);
        }
    }

    private void setEntry(String alias, PrivateKey key, X509Certificate certificate, boolean persist) {
        try {
            store.setKeyEntry(alias, key, password, new X509Certificate[] {certificate});
            if (persist && file != null) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot write the CA key store", e);
        }
    }
}
