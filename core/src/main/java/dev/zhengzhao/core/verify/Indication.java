package dev.zhengzhao.core.verify;

/** The main indication of ETSI EN 319 102-1 (§5.1.2), for a report or for one check. */
public enum Indication {
    TOTAL_PASSED,
    TOTAL_FAILED,
    INDETERMINATE;

    public static Indication of(Outcome outcome) {
        return switch (outcome) {
            case VALID -> TOTAL_PASSED;
            case INVALID -> TOTAL_FAILED;
            case INDETERMINATE -> INDETERMINATE;
        };
    }
}
