package dev.zhengzhao.signer.cose;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.TypeCode;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The packed licence identifier of the QR payload: the identifier's parts
 * {@code typeCode(21) issuerCode(18) serial(1-32) version(3)} concatenated after a leading "1",
 * read as one base-36 number (0-9 = 0-9, A-Z = 10-35) and written as its minimal unsigned
 * big-endian bytes. Root and check character are implied. 67 characters become 41-44 bytes.
 */
public final class LicenceId36 {
    private static final int TYPE_LENGTH = 21;
    private static final int ISSUER_LENGTH = 18;
    private static final int VERSION_LENGTH = 3;

    private LicenceId36() {}

    public static byte[] pack(LicenceId id) {
        String digits = "1" + id.typeCode().value() + id.issuerCode().value() + id.serial() + id.versionText();
        byte[] bytes = new BigInteger(digits, 36).toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The identifier, or an exception (caught by the decoder) when the bytes are not a packed identifier. */
    public static LicenceId unpack(byte[] packed) {
        if (packed.length == 0 || packed.length > 64) {
            throw new IllegalArgumentException("packed identifier length");
        }
        String digits = new BigInteger(1, packed).toString(36).toUpperCase(Locale.ROOT);
        if (digits.charAt(0) != '1' || digits.length() < 1 + TYPE_LENGTH + ISSUER_LENGTH + 1 + VERSION_LENGTH) {
            throw new IllegalArgumentException("not a packed identifier");
        }
        String rest = digits.substring(1);
        String type = rest.substring(0, TYPE_LENGTH);
        String issuer = rest.substring(TYPE_LENGTH, TYPE_LENGTH + ISSUER_LENGTH);
        String serial = rest.substring(TYPE_LENGTH + ISSUER_LENGTH, rest.length() - VERSION_LENGTH);
        int version = Integer.parseInt(rest.substring(rest.length() - VERSION_LENGTH));
        return new LicenceId(new TypeCode(type), new CreditCode(issuer), serial, version);
    }
}
