package dev.zhengzhao.signer.cose;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a signed payload is, claim 0 of the licence claim map. The QR family is shared: a verifier
 * reads this before anything else and refuses a type it was not asked to check, so a presentation
 * token can never be taken for a licence QR, nor the reverse.
 */
public enum PayloadType {
    /** The signed record: all claims, text identifier. */
    LICENCE_RECORD(1),
    /** The compact licence QR: key claims only, packed identifier. */
    LICENCE_QR(2),
    /** Reserved: a short-lived presentation token signed by the repository (亮证码). */
    PRESENTATION(3);

    private final int code;

    PayloadType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<PayloadType> fromCode(long code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
