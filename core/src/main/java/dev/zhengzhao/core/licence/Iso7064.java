package dev.zhengzhao.core.licence;

/**
 * ISO/IEC 7064 check characters used by Chinese identifiers.
 *
 * <p>MOD 37,36 is the hybrid system over the 36 alphanumerics (0-9, A-Z) used for the licence
 * identifier; MOD 11-2 is the pure system used for the 18-digit citizen identity number.
 */
final class Iso7064 {
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Iso7064() {}

    /** The MOD 37,36 check character for {@code data}, which must be upper-case alphanumeric. */
    static char mod3736(CharSequence data) {
        final int m = 36;
        int p = m;
        for (int i = 0; i < data.length(); i++) {
            int value = ALNUM.indexOf(data.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not alphanumeric at " + i);
            }
            int s = (p + value) % m;
            if (s == 0) {
                s = m;
            }
            p = (s * 2) % (m + 1);
        }
        return ALNUM.charAt((m + 1 - p) % m);
    }

    /** The MOD 11-2 check character (0-9 or X) over 17 digits. */
    static char mod112(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            int weight = (1 << (digits.length() - i)) % 11;
            sum += d * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
