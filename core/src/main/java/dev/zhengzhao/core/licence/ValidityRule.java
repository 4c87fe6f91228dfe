package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.time.LocalDate;
import java.time.Period;

/**
 * How long a licence of a type is valid.
 *
 * <ul>
 *   <li>{@link Kind#FIXED}: always {@code period} from the start date (the end date is computed; one
 *       supplied must agree);
 *   <li>{@link Kind#UP_TO}: the issuer gives the end date, at most {@code period} after the start;
 *   <li>{@link Kind#LONG_TERM}: no end date (长期有效); an end date supplied is refused.
 * </ul>
 *
 * The end date is inclusive: a licence valid until 2030-12-31 is valid all of that day, China time.
 */
public record ValidityRule(Kind kind, Period period) {
    public enum Kind {
        FIXED,
        UP_TO,
        LONG_TERM
    }

    public ValidityRule {
        if (kind == null) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "validity rule needs a kind");
        }
        if (kind != Kind.LONG_TERM && (period == null || period.isNegative() || period.isZero())) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_LICENCE_TYPE, "validity rule " + kind + " needs a positive period");
        }
        if (kind == Kind.LONG_TERM) {
            period = null;
        }
    }

    public static ValidityRule fixed(Period period) {
        return new ValidityRule(Kind.FIXED, period);
    }

    public static ValidityRule upTo(Period period) {
        return new ValidityRule(Kind.UP_TO, period);
    }

    public static ValidityRule longTerm() {
        return new ValidityRule(Kind.LONG_TERM, null);
    }

    /**
     * The end date for a licence valid from {@code from}, given the one the issuer asked for (may be
     * null). Throws {@link ErrorCode#INVALID_VALIDITY} when the request breaks the rule.
     */
    public LocalDate endDate(LocalDate from, LocalDate requested) {
        if (requested != null && !requested.isAfter(from)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_VALIDITY,
                    "validity end (ZZYXQJZRQ) " + requested + " must be after its start (ZZYXQQSRQ) " + from);
        }
        return switch (kind) {
            case LONG_TERM -> {
                if (requested != null) {
                    throw new ZhengzhaoException(
                            ErrorCode.INVALID_VALIDITY,
                            "this licence type is long-term (长期): leave the end date empty");
                }
                yield null;
            }
            case FIXED -> {
                LocalDate end = from.plus(period).minusDays(1);
                if (requested != null && !requested.equals(end)) {
                    throw new ZhengzhaoException(
                            ErrorCode.INVALID_VALIDITY,
                            "this licence type is valid for " + period + ": the end date must be " + end + " or empty");
                }
                yield end;
            }
            case UP_TO -> {
                LocalDate latest = from.plus(period).minusDays(1);
                if (requested == null) {
                    yield latest;
                }
                if (requested.isAfter(latest)) {
                    throw new ZhengzhaoException(
                            ErrorCode.INVALID_VALIDITY,
                            "this licence type is valid for at most " + period + ": the end date must be on or before "
                                    + latest);
                }
                yield requested;
            }
        };
    }
}
