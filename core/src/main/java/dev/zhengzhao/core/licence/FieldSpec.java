package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One type-specific field of a licence type (扩展字段, KZ_…).
 *
 * @param key the field key, upper-case, starting with {@code KZ_}
 * @param label the human label (Chinese first)
 * @param type value type
 * @param required whether every licence of the type must carry it
 * @param maxLength longest accepted text, in characters
 * @param pattern an optional regular expression the whole value must match
 * @param allowedValues for {@link FieldType#ENUM}, the accepted values
 * @param inQr whether the field is a key field: signed into the compact QR payload
 * @param personal whether the value is personal data, masked for the public
 */
public record FieldSpec(
        String key,
        String label,
        FieldType type,
        boolean required,
        int maxLength,
        String pattern,
        List<String> allowedValues,
        boolean inQr,
        boolean personal) {
    private static final Pattern KEY_PATTERN = Pattern.compile("KZ_[A-Z0-9_]{1,40}");

    public FieldSpec {
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY_PATTERN.matcher(key).matches()) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_LICENCE_TYPE,
                    "field key '" + key + "' must be KZ_ followed by 1-40 upper-case letters, digits or underscores");
        }
        if (label == null || label.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "field " + key + " needs a label");
        }
        if (maxLength <= 0 || maxLength > 4000) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "field " + key + ": maxLength must be 1-4000");
        }
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == FieldType.ENUM && allowedValues.isEmpty()) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_LICENCE_TYPE, "field " + key + " is ENUM but lists no allowed values");
        }
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    /** A plain optional text field. */
    public static FieldSpec text(String key, String label, boolean required, int maxLength) {
        return new FieldSpec(key, label, FieldType.TEXT, required, maxLength, null, List.of(), false, false);
    }

    public FieldSpec keyField() {
        return new FieldSpec(key, label, type, required, maxLength, pattern, allowedValues, true, personal);
    }

    public FieldSpec personalData() {
        return new FieldSpec(key, label, type, required, maxLength, pattern, allowedValues, inQr, true);
    }

    /** Checks one value, throwing {@link ErrorCode#INVALID_FIELD} with what to fix. */
    public void check(String value) {
        if (value.length() > maxLength) {
            throw invalid("is " + value.length() + " characters; at most " + maxLength);
        }
        switch (type) {
            case TEXT -> {
                if (value.isBlank()) {
                    throw invalid("is blank");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw invalid("must be a date as yyyy-MM-dd, got '" + value + "'");
                }
            }
            case INTEGER -> {
                try {
                    Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw invalid("must be a whole number, got '" + value + "'");
                }
            }
            case DECIMAL -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw invalid("must be a decimal number, got '" + value + "'");
                }
            }
            case ENUM -> {
                if (!allowedValues.contains(value)) {
                    throw invalid("must be one of " + allowedValues + ", got '" + value + "'");
                }
            }
        }
        if (pattern != null && !value.matches(pattern)) {
            throw invalid("does not match the pattern " + pattern);
        }
    }

    private ZhengzhaoException invalid(String why) {
        return new ZhengzhaoException(ErrorCode.INVALID_FIELD, "field " + key + " (" + label + ") " + why);
    }
}
