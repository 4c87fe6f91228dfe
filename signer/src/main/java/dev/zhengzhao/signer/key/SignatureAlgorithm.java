package dev.zhengzhao.signer.key;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three licence signature algorithms, with their COSE identifiers. Every signature this module
 * makes or checks is in the fixed-length COSE form: {@code r || s} (32 + 32 bytes) for ECDSA and
 * SM2, the 64-byte RFC 8032 signature for Ed25519.
 */
public enum SignatureAlgorithm {
    /**
     * SM2 (GB/T 32918.2) with SM3 on curve sm2p256v1. COSE has no registered value, so this project
     * uses -65537 from the private-use range (below -65536); see docs/formats/qr-payload.md.
     */
    SM2_SM3("SM2-SM3", -65537, "SM3withSM2"),
    /** ECDSA on P-256 with SHA-256 (RFC 9053). */
    ES256("ES256", -7, "SHA256withECDSA"),
    /** Ed25519 (RFC 8032), COSE "EdDSA". */
    EDDSA("EdDSA", -8, "Ed25519");

    /** The SM2 distinguishing identifier every issuer key uses unless configured otherwise (GM/T 0009). */
    public static final String DEFAULT_SM2_USER_ID = "1234567812345678";

    private final String coseName;
    private final int coseValue;
    private final String certificateSignatureName;

    SignatureAlgorithm(String coseName, int coseValue, String certificateSignatureName) {
        this.coseName = coseName;
        this.coseValue = coseValue;
        this.certificateSignatureName = certificateSignatureName;
    }

    /** The name used in reports and {@code SignedLicence.algorithm}: SM2-SM3, ES256, EdDSA. */
    public String coseName() {
        return coseName;
    }

    /** The COSE {@code alg} header value. */
    public int coseValue() {
        return coseValue;
    }

    /** The JCA name of the matching X.509/CMS signature algorithm (with DER-encoded signatures). */
    public String certificateSignatureName() {
        return certificateSignatureName;
    }

    public static Optional<SignatureAlgorithm> fromCose(long value) {
        return Arrays.stream(values()).filter(a -> a.coseValue == value).findFirst();
    }

    /** Accepts the COSE name or the enum name, case-insensitively (for the CLI). */
    public static Optional<SignatureAlgorithm> fromName(String name) {
        return Arrays.stream(values())
                .filter(a -> a.coseName.equalsIgnoreCase(name) || a.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
