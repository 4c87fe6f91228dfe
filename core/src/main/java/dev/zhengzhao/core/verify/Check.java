package dev.zhengzhao.core.verify;

import java.util.Objects;

/**
 * One check of a validation report.
 *
 * @param name what was checked: format, signature, trust, validity, status, version, integrity,
 *     coverage, presentation…
 * @param result the result
 * @param reason a stable reason code (e.g. {@code signature-mismatch}, {@code revoked}); clients key on it
 * @param detail a human sentence; never personal data or internal exception text
 */
public record Check(String name, CheckResult result, String reason, String detail) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static Check passed(String name, String detail) {
        return new Check(name, CheckResult.PASSED, "ok", detail);
    }

    public static Check failed(String name, String reason, String detail) {
        return new Check(name, CheckResult.FAILED, reason, detail);
    }

    public static Check indeterminate(String name, String reason, String detail) {
        return new Check(name, CheckResult.INDETERMINATE, reason, detail);
    }

    public static Check skipped(String name, String detail) {
        return new Check(name, CheckResult.SKIPPED, "not-applicable", detail);
    }
}
