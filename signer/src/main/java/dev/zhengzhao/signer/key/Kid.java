package dev.zhengzhao.signer.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A key identifier: the first 8 bytes of SHA-256 over the DER signing certificate. Derived, never
 * chosen, so a verifier holding the certificate computes the same value; a renewed certificate for
 * the same key gets a new kid, which is what a verifier needs to pick the right validity period.
 */
public record Kid(byte[] bytes) {
    public static final int LENGTH = 8;

    public Kid {
        bytes = bytes.clone();
    }

    public static Kid of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new Kid(Arrays.copyOf(digest, LENGTH));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot derive a kid from the certificate", e);
        }
    }

    public static Kid fromHex(String hex) {
        return new Kid(HexFormat.of().parseHex(hex));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lower-case hex, as stored in {@code SignedLicence.kid}. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kid k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
