package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The kind of code that identifies a holder (主体代码类型, CZZTDMLX), with the three-character codes
 * used by the national platforms. Each knows how to check its own codes.
 */
public enum HolderIdType {
    /** 公民身份号码: 18-character resident identity number, ISO 7064 MOD 11-2 check. */
    CITIZEN_ID("111", HolderKind.NATURAL_PERSON, "公民身份号码"),
    /** 统一社会信用代码 (GB 32100). */
    CREDIT_CODE("001", HolderKind.LEGAL_PERSON, "统一社会信用代码"),
    /** 普通护照. */
    PASSPORT("414", HolderKind.NATURAL_PERSON, "护照"),
    /** 港澳居民来往内地通行证 (Home Return Permit): H or M followed by 8 or 10 digits. */
    HK_MACAU_PERMIT("516", HolderKind.NATURAL_PERSON, "港澳居民来往内地通行证"),
    /** 台湾居民来往大陆通行证: 8 or 10 digits. */
    TAIWAN_PERMIT("511", HolderKind.NATURAL_PERSON, "台湾居民来往大陆通行证"),
    /** 外国人永久居留身份证. */
    FOREIGN_PERMANENT_RESIDENT("553", HolderKind.NATURAL_PERSON, "外国人永久居留身份证"),
    /** A Hong Kong or Macau company registration number, for cross-border credentials. */
    HK_MACAU_COMPANY_NUMBER("099", HolderKind.LEGAL_PERSON, "港澳企业注册编号");

    private static final Pattern PASSPORT_PATTERN = Pattern.compile("[A-Z0-9]{5,17}");
    private static final Pattern HK_MACAU_PATTERN = Pattern.compile("[HM](\\d{8}|\\d{10})");
    private static final Pattern TAIWAN_PATTERN = Pattern.compile("\\d{8}|\\d{10}");
    private static final Pattern FOREIGN_PATTERN = Pattern.compile("[A-Z]{3}\\d{12}|9\\d{17}");
    private static final Pattern COMPANY_NUMBER_PATTERN = Pattern.compile("[A-Z0-9-]{4,20}");

    private final String code;
    private final HolderKind kind;
    private final String label;

    HolderIdType(String code, HolderKind kind, String label) {
        this.code = code;
        this.kind = kind;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public HolderKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public static HolderIdType fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.MALFORMED_HOLDER_ID,
                        "holder id type '" + code + "' is unknown; use one of "
                                + Arrays.stream(values())
                                        .map(t -> t.code + " (" + t.label + ")")
                                        .toList()));
    }

    /** Throws a {@link ZhengzhaoException} saying what is wrong with {@code id} for this type. */
    public void check(String id) {
        if (id == null || id.isBlank()) {
            throw bad("holder id is empty");
        }
        switch (this) {
            case CITIZEN_ID -> {
                if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
                    throw bad("citizen id number (111) must be 17 digits and a check character");
                }
                char expected = Iso7064.mod112(id.substring(0, 17));
                if (id.charAt(17) != expected) {
                    throw bad("citizen id number (111): check character is '" + id.charAt(17)
                            + "' but ISO 7064 MOD 11-2 gives '" + expected + "'");
                }
            }
            case CREDIT_CODE -> {
                try {
                    CreditCode.parse(id);
                } catch (ZhengzhaoException e) {
                    throw bad("holder " + e.getMessage());
                }
            }
            case PASSPORT ->
                requireMatch(PASSPORT_PATTERN, id, "passport number (414) must be 5-17 upper-case letters or digits");
            case HK_MACAU_PERMIT ->
                requireMatch(
                        HK_MACAU_PATTERN, id, "home return permit (516) must be H or M followed by 8 or 10 digits");
            case TAIWAN_PERMIT -> requireMatch(TAIWAN_PATTERN, id, "Taiwan permit (511) must be 8 or 10 digits");
            case FOREIGN_PERMANENT_RESIDENT ->
                requireMatch(
                        FOREIGN_PATTERN,
                        id,
                        "permanent residence card (553) must be 3 letters and 12 digits, or 18 digits starting with 9");
            case HK_MACAU_COMPANY_NUMBER ->
                requireMatch(
                        COMPANY_NUMBER_PATTERN,
                        id,
                        "company number (099) must be 4-20 upper-case letters, digits or dashes");
        }
    }

    /** Completes a 17-digit citizen id with its MOD 11-2 check; for tests and demo data. */
    public static String citizenIdWithCheck(String first17) {
        return first17 + Iso7064.mod112(first17);
    }

    private static void requireMatch(Pattern pattern, String id, String message) {
        if (!pattern.matcher(id).matches()) {
            throw bad(message);
        }
    }

    private static ZhengzhaoException bad(String message) {
        return new ZhengzhaoException(ErrorCode.MALFORMED_HOLDER_ID, message);
    }
}
