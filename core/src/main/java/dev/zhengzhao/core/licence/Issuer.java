package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.util.Objects;

/**
 * An issuing department (发证部门), identified by its unified social credit code.
 *
 * @param jurisdiction GD, HK or MO: which root of trust its signer certificates chain to
 */
public record Issuer(CreditCode code, String name, String jurisdiction) {
    public Issuer {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "issuer needs a name");
        }
        if (jurisdiction == null || !jurisdiction.matches("[A-Z]{2}")) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "issuer jurisdiction must be two upper-case letters, e.g. GD");
        }
    }
}
