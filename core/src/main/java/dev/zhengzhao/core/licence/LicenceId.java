package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The national licence identifier (证照标识):
 *
 * <pre>1.2.156.3005.2.{typeCode}.{issuerCode}.{serial}.{version}.{check}</pre>
 *
 * typeCode is 21 characters (authority credit code + 3 digits), issuerCode the issuer's 18-character
 * credit code, serial 1-32 upper-case alphanumerics, version three digits (001 for the first
 * version), and check the ISO 7064 MOD 37,36 character over typeCode+issuerCode+serial+version.
 *
 * <p>{@link #series()} names the licence across its versions; it is the repository's partition key.
 */
public record LicenceId(TypeCode typeCode, CreditCode issuerCode, String serial, int version) {
    public static final String ROOT = "1.2.156.3005.2";
    public static final int GENERATED_SERIAL_LENGTH = 20;
    public static final int MAX_SERIAL_LENGTH = 32;
    private static final String SERIAL_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final RandomGenerator DEFAULT_RANDOM = new SecureRandom();

    public LicenceId {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(issuerCode, "issuerCode");
        String serialProblem = serialProblem(serial);
        if (serialProblem != null) {
            throw malformed(serialProblem);
        }
        if (version < 1 || version > 999) {
            throw malformed("version must be 1-999, got " + version);
        }
    }

    /** Parses an identifier, saying precisely which part is wrong and why. */
    public static LicenceId parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed("licence identifier is empty");
        }
        String s = text.strip();
        if (!s.startsWith(ROOT + ".")) {
            throw malformed("licence identifier must start with the root " + ROOT + ".");
        }
        String[] parts = s.substring(ROOT.length() + 1).split("\\.", -1);
        if (parts.length != 5) {
            throw malformed(
                    "licence identifier must have 5 parts after the root (typeCode.issuerCode.serial.version.check), got "
                            + parts.length);
        }
        TypeCode typeCode;
        try {
            typeCode = new TypeCode(parts[0]);
        } catch (ZhengzhaoException e) {
            throw malformed("type code part: " + e.getMessage());
        }
        CreditCode issuer;
        try {
            issuer = new CreditCode(parts[1]);
        } catch (ZhengzhaoException e) {
            throw malformed("issuer code part: " + e.getMessage());
        }
        String serial = parts[2];
        String serialProblem = serialProblem(serial);
        if (serialProblem != null) {
            throw malformed(serialProblem);
        }
        String version = parts[3];
        if (version.length() != 3 || !isDigits(version) || version.equals("000")) {
            throw malformed("version part must be three digits from 001 to 999, got '" + version + "'");
        }
        String check = parts[4];
        if (check.length() != 1) {
            throw malformed("check part must be one character, got '" + check + "'");
        }
        LicenceId id = new LicenceId(typeCode, issuer, serial, Integer.parseInt(version));
        char expected = id.checkCharacter();
        if (check.charAt(0) != expected) {
            throw malformed("check character is '" + check + "' but ISO 7064 MOD 37,36 gives '" + expected
                    + "': a character of the identifier was mistyped");
        }
        return id;
    }

    /** A first version with a fresh 20-character serial from {@code random} (a secure source in production). */
    public static LicenceId generate(TypeCode typeCode, CreditCode issuer, RandomGenerator random) {
        StringBuilder serial = new StringBuilder(GENERATED_SERIAL_LENGTH);
        for (int i = 0; i < GENERATED_SERIAL_LENGTH; i++) {
            serial.append(SERIAL_ALPHABET.charAt(random.nextInt(SERIAL_ALPHABET.length())));
        }
        return new LicenceId(typeCode, issuer, serial.toString(), 1);
    }

    public static LicenceId generate(TypeCode typeCode, CreditCode issuer) {
        return generate(typeCode, issuer, DEFAULT_RANDOM);
    }

    /** The identifier of the next version of the same licence. */
    public LicenceId nextVersion() {
        return new LicenceId(typeCode, issuerCode, serial, version + 1);
    }

    public char checkCharacter() {
        return Iso7064.mod3736(typeCode.value() + issuerCode.value() + serial + versionText());
    }

    /** The version as three digits (001-999); built by hand, as every verification asks for it. */
    public String versionText() {
        return new String(
                new char[] {(char) ('0' + version / 100), (char) ('0' + version / 10 % 10), (char) ('0' + version % 10)
                });
    }

    /** typeCode.issuerCode.serial: the same for every version; the partition key. */
    public String series() {
        return typeCode.value() + "." + issuerCode.value() + "." + serial;
    }

    /** The canonical text form. */
    public String text() {
        return ROOT + "." + series() + "." + versionText() + "." + checkCharacter();
    }

    @Override
    public String toString() {
        return text();
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String serialProblem(String serial) {
        if (serial == null || serial.isEmpty()) {
            return "serial part is empty";
        }
        if (serial.length() > MAX_SERIAL_LENGTH) {
            return "serial part has " + serial.length() + " characters; at most " + MAX_SERIAL_LENGTH;
        }
        for (int i = 0; i < serial.length(); i++) {
            if (SERIAL_ALPHABET.indexOf(serial.charAt(i)) < 0) {
                return "serial part: character " + (i + 1) + " '" + serial.charAt(i)
                        + "' is not allowed (upper-case A-Z and 0-9 only)";
            }
        }
        return null;
    }

    private static ZhengzhaoException malformed(String why) {
        return new ZhengzhaoException(ErrorCode.MALFORMED_LICENCE_ID, why);
    }
}
