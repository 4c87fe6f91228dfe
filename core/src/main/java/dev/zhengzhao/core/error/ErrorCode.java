package dev.zhengzhao.core.error;

/**
 * The one error vocabulary of the system. Each code is stable: clients and the HTTP edge key on it,
 * so a code is never renamed, only added. The {@link Kind} says how the edge should answer.
 */
public enum ErrorCode {
    MALFORMED_LICENCE_ID(Kind.BAD_INPUT),
    MALFORMED_CREDIT_CODE(Kind.BAD_INPUT),
    MALFORMED_HOLDER_ID(Kind.BAD_INPUT),
    MALFORMED_TYPE_CODE(Kind.BAD_INPUT),
    INVALID_FIELD(Kind.BAD_INPUT),
    MISSING_FIELD(Kind.BAD_INPUT),
    UNKNOWN_FIELD(Kind.BAD_INPUT),
    INVALID_VALIDITY(Kind.BAD_INPUT),
    INVALID_LICENCE_TYPE(Kind.BAD_INPUT),
    INVALID_REQUEST(Kind.BAD_INPUT),
    UNKNOWN_LICENCE_TYPE(Kind.NOT_FOUND),
    UNKNOWN_ISSUER(Kind.NOT_FOUND),
    LICENCE_NOT_FOUND(Kind.NOT_FOUND),
    ISSUER_NOT_ALLOWED(Kind.FORBIDDEN),
    ILLEGAL_STATUS_TRANSITION(Kind.CONFLICT),
    DUPLICATE_LICENCE_NUMBER(Kind.CONFLICT),
    DUPLICATE_LICENCE_ID(Kind.CONFLICT),
    DUPLICATE_LICENCE_TYPE(Kind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(Kind.CONFLICT),
    STALE_VERSION(Kind.CONFLICT),
    UNAUTHENTICATED(Kind.UNAUTHENTICATED),
    ROLE_NOT_ALLOWED(Kind.FORBIDDEN),
    RATE_LIMITED(Kind.RATE_LIMITED),
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Kind.UNSUPPORTED_MEDIA),
    MALFORMED_BODY(Kind.BAD_INPUT),
    NO_QR_FOUND(Kind.BAD_INPUT),
    NOT_A_PDF(Kind.BAD_INPUT),
    NOT_FOUND(Kind.NOT_FOUND),
    UNKNOWN_SERVICE_ITEM(Kind.NOT_FOUND),
    GRANT_NOT_FOUND(Kind.NOT_FOUND),
    NO_ACTIVE_GRANT(Kind.FORBIDDEN),
    PRESENTATION_EXPIRED(Kind.BAD_INPUT),
    PRESENTATION_REPLAYED(Kind.CONFLICT),
    SIGNING_UNAVAILABLE(Kind.UNAVAILABLE),
    STORAGE_UNAVAILABLE(Kind.UNAVAILABLE);

    /** How a caller should treat the error; the HTTP edge maps each kind to one status code. */
    public enum Kind {
        BAD_INPUT,
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        UNAVAILABLE,
        UNAUTHENTICATED,
        RATE_LIMITED,
        TOO_LARGE,
        UNSUPPORTED_MEDIA
    }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The code as it appears on the wire: lower-case with dashes, e.g. {@code malformed-licence-id}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
