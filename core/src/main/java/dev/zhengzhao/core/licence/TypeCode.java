package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;

/**
 * A licence type code (证照类型代码): the defining authority's 18-character unified social credit
 * code followed by a 3-digit sequence number chosen by that authority.
 */
public record TypeCode(String value) {
    public TypeCode {
        if (value == null || value.length() != 21) {
            throw new ZhengzhaoException(
                    ErrorCode.MALFORMED_TYPE_CODE,
                    "licence type code must be 21 characters (authority credit code + 3 digits), got "
                            + (value == null ? "nothing" : value.length()));
        }
        for (int i = 18; i < 21; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                throw new ZhengzhaoException(
                        ErrorCode.MALFORMED_TYPE_CODE, "licence type code: the last 3 characters must be digits");
            }
        }
        if (!CreditCode.isValid(value.substring(0, 18))) {
            try {
                CreditCode.parse(value.substring(0, 18));
            } catch (ZhengzhaoException e) {
                throw new ZhengzhaoException(
                        ErrorCode.MALFORMED_TYPE_CODE, "licence type code: defining authority " + e.getMessage());
            }
        }
    }

    public static TypeCode of(CreditCode authority, int sequence) {
        if (sequence < 0 || sequence > 999) {
            throw new ZhengzhaoException(ErrorCode.MALFORMED_TYPE_CODE, "type sequence must be 0-999");
        }
        return new TypeCode(authority.value() + String.format("%03d", sequence));
    }

    /** The defining authority (定义机构) whose code this type code starts with. */
    public CreditCode authority() {
        return new CreditCode(value.substring(0, 18));
    }

    @Override
    public String toString() {
        return value;
    }
}
