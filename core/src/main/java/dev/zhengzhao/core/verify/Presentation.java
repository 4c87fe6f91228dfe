package dev.zhengzhao.core.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The claims of a presentation token (亮证码) whose signature verified.
 *
 * @param licenceId the licence it presents
 * @param holderBinding the first 16 bytes of SHA-256("zz-holder:" + code type + ":" + code): it ties
 *     the token to the holder without carrying the holder's code ({@link #binding})
 * @param nonceHex its single-use nonce
 */
public record Presentation(String licenceId, byte[] holderBinding, String nonceHex, Instant issuedAt, Instant expires) {
    public Presentation {
        holderBinding = holderBinding.clone();
    }

    @Override
    public byte[] holderBinding() {
        return holderBinding.clone();
    }

    /** Whether the token is bound to this holder. */
    public boolean boundTo(String holderIdType, String holderId) {
        return MessageDigest.isEqual(holderBinding, binding(holderIdType, holderId));
    }

    /** The holder binding for a holder's code type and code. */
    public static byte[] binding(String holderIdType, String holderId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("zz-holder:" + holderIdType + ":" + holderId).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Presentation p
                && licenceId.equals(p.licenceId)
                && Arrays.equals(holderBinding, p.holderBinding)
                && nonceHex.equals(p.nonceHex)
                && issuedAt.equals(p.issuedAt)
                && expires.equals(p.expires);
    }

    @Override
    public int hashCode() {
        return licenceId.hashCode() * 31 + nonceHex.hashCode();
    }

    @Override
    public String toString() {
        return "Presentation[" + licenceId + ", until " + expires + "]";
    }
}
