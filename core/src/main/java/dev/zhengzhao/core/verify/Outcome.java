package dev.zhengzhao.core.verify;

/** The verdict of a validation report (ETSI-style: passed, failed, or not decidable now). */
public enum Outcome {
    VALID,
    INVALID,
    INDETERMINATE
}
