package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last a weighted MOD 31 check.
 *
 * <p>Layout: registration authority (1), organisation category (1), administrative division (6
 * digits), organisation code (9), check (1).
 */
public record CreditCode(String value) {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        String problem = problem(value);
        if (problem != null) {
            throw new ZhengzhaoException(ErrorCode.MALFORMED_CREDIT_CODE, problem);
        }
    }

    public static CreditCode parse(String value) {
        return new CreditCode(value);
    }

    /** Whether {@code value} is a well-formed code; never throws. */
    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** Completes 17 characters with their check character; for tests and demo data. */
    public static CreditCode withCheck(String first17) {
        return new CreditCode(first17 + checkCharacter(first17));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new ZhengzhaoException(
                        ErrorCode.MALFORMED_CREDIT_CODE,
                        "unified social credit code: character " + (i + 1) + " '" + first17.charAt(i)
                                + "' is not allowed (GB 32100 uses 0-9 and A-Y without I, O, S, V, Z)");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "unified social credit code is empty";
        }
        if (value.length() != 18) {
            return "unified social credit code must have 18 characters, got " + value.length();
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "unified social credit code: character " + (i + 1) + " '" + c
                        + "' is not allowed (GB 32100 uses 0-9 and A-Y without I, O, S, V, Z; letters upper-case)";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return "unified social credit code: characters 3-8 are the administrative division code and must be digits";
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            return "unified social credit code: check character is '" + value.charAt(17) + "' but GB 32100 gives '"
                    + expected + "' (a character was mistyped)";
        }
        return null;
    }

    /** The six-digit administrative division code (行政区划代码) inside the code. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
