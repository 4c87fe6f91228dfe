package dev.zhengzhao.core.verify;

/** The result of one check in a validation report. */
public enum CheckResult {
    PASSED,
    FAILED,
    /** Could not be decided (e.g. status unknown, trust path incomplete): never counted as passed. */
    INDETERMINATE,
    /** Not applicable to this input. */
    SKIPPED
}
