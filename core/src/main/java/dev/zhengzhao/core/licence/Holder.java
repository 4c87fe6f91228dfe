package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;

/** The holder of a licence (持证主体): name (CZZT), code (CZZTDM) and code type (CZZTDMLX). */
public record Holder(String name, String id, HolderIdType idType) {
    public Holder {
        if (name == null || name.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "holder name (CZZT) is required");
        }
        if (name.length() > 200) {
            throw new ZhengzhaoException(ErrorCode.INVALID_FIELD, "holder name (CZZT) is longer than 200 characters");
        }
        if (idType == null) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "holder id type (CZZTDMLX) is required");
        }
        idType.check(id);
        name = name.strip();
    }
}
