package dev.zhengzhao.core.error;

import java.util.Objects;

/**
 * A domain error with a stable {@link ErrorCode}. The message is written for the caller: it says
 * what was wrong and what to fix, and never carries personal data or internal details.
 */
public final class ZhengzhaoException extends RuntimeException {
    private final ErrorCode code;

    public ZhengzhaoException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public ZhengzhaoException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
    }

    public ErrorCode code() {
        return code;
    }
}
