package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A service item (办事事项) and its field profile: the licence fields its processing needs, and
 * the only ones a hall receives for it. Fields are metadata element names (CZZT, ZZBH, ZZYXQJZRQ…)
 * or type-specific keys (KZ_…).
 */
public record ServiceItem(String code, String name, List<String> fields) {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,40}");

    public ServiceItem {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_FIELD, "service item code must be 1-40 letters, digits, - or _");
        }
        if (name == null || name.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "service item needs a name");
        }
        fields = List.copyOf(fields);
        for (String f : fields) {
            if (!LicenceFields.isKnown(f)) {
                throw new ZhengzhaoException(ErrorCode.INVALID_FIELD, "service item " + code + ": unknown field " + f);
            }
        }
    }
}
