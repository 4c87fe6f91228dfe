package dev.zhengzhao.core.verify;

import java.util.Objects;

/**
 * One check of a validation report.
 *
 * @param name what was checked: format, signature, trust, validity, status, version, integrity,
 *     coverage, presentation…
 * @param result the result
 * @param reason why, from the one vocabulary of all checks; its wire code (e.g. {@code signature-mismatch},
 *     {@code revoked}) is what clients key on
 * @param detail a human sentence; never personal data or internal exception text
 */
public record Check(String name, CheckResult result, Reason reason, String detail) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static Check passed(String name, String detail) {
        return new Check(name, CheckResult.PASSED, Reason.OK, detail);
    }

    public static Check failed(String name, Reason reason, String detail) {
        return new Check(name, CheckResult.FAILED, reason, detail);
    }

    public static Check indeterminate(String name, Reason reason, String detail) {
        return new Check(name, CheckResult.INDETERMINATE, reason, detail);
    }

    /** A check that did not pass, with the result its reason gives (FAILED or INDETERMINATE). */
    public static Check notPassed(String name, Reason reason, String detail) {
        return new Check(name, reason.result(), reason, detail);
    }

    /** The ETSI EN 319 102-1 indication of this check (SKIPPED counts as passed: it does not decide). */
    public Indication indication() {
        return switch (result) {
            case PASSED, SKIPPED -> Indication.TOTAL_PASSED;
            case FAILED -> Indication.TOTAL_FAILED;
            case INDETERMINATE -> Indication.INDETERMINATE;
        };
    }

    public static Check skipped(String name, String detail) {
        return new Check(name, CheckResult.SKIPPED, Reason.NOT_APPLICABLE, detail);
    }
}
