package dev.zhengzhao.signer.key;

import java.security.cert.X509Certificate;

/**
 * One issuer's signing key, wherever it lives (a PKCS#12 file, a PKCS#11 token). The signer hands
 * it the exact bytes to sign; the key never sees licences, CBOR or PDFs.
 */
public interface IssuerKey {
    SignatureAlgorithm algorithm();

    /** The X.509 signing certificate of this key. */
    X509Certificate certificate();

    /** Derived from {@link #certificate()}; see {@link Kid}. */
    Kid kid();

    /**
     * Signs {@code data} and returns the signature in COSE form ({@code r || s}, or the Ed25519
     * signature). Throws {@code ZhengzhaoException(SIGNING_UNAVAILABLE)} if the key cannot sign.
     */
    byte[] sign(byte[] data);
}
