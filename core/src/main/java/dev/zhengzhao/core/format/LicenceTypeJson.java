package dev.zhengzhao.core.format;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.FieldType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.licence.ValidityRule;
import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON form of a licence type definition, as stored in the catalogue and accepted by the API
 * and the CLI. Example:
 *
 * <pre>{@code
 * {"code": "11440000MB2C93225J001", "name": "食品经营许可证", "authorityName": "广东省市场监督管理局",
 *  "holderKind": "LEGAL_PERSON", "validity": {"kind": "FIXED", "period": "P5Y"},
 *  "issuers": ["11440000MB2C93225J"],
 *  "fields": [{"key": "KZ_JYCS", "label": "经营场所", "type": "TEXT", "required": true, "maxLength": 200,
 *              "inQr": true}]}
 * }</pre>
 */
public final class LicenceTypeJson {
    private LicenceTypeJson() {}

    public static Map<String, Object> toMap(LicenceType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", type.code().value());
        m.put("name", type.name());
        m.put("authorityName", type.authorityName());
        m.put("holderKind", type.holderKind().name());
        m.put("validity", validityToMap(type.validity()));
        m.put(
                "issuers",
                new TreeSet<>(type.issuers().stream().map(CreditCode::value).toList()));
        m.put("fields", fieldsToList(type.fields()));
        return m;
    }

    public static List<Map<String, Object>> fieldsToList(List<FieldSpec> fields) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FieldSpec f : fields) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("label", f.label());
            m.put("type", f.type().name());
            m.put("required", f.required());
            m.put("maxLength", f.maxLength());
            if (f.pattern() != null) {
                m.put("pattern", f.pattern());
            }
            if (!f.allowedValues().isEmpty()) {
                m.put("allowedValues", f.allowedValues());
            }
            m.put("inQr", f.inQr());
            m.put("personal", f.personal());
            list.add(m);
        }
        return list;
    }

    public static Map<String, Object> validityToMap(ValidityRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", rule.kind().name());
        if (rule.period() != null) {
            m.put("period", rule.period().toString());
        }
        return m;
    }

    /** Reads a type definition, refusing malformed ones with {@link ErrorCode#INVALID_LICENCE_TYPE}. */
    public static LicenceType fromMap(Map<String, Object> m) {
        try {
            return new LicenceType(
                    new TypeCode(string(m, "code", true)),
                    string(m, "name", true),
                    string(m, "authorityName", true),
                    HolderKind.valueOf(string(m, "holderKind", true)),
                    fieldsFromList(list(m.get("fields"), "fields")),
                    validityFromMap(map(m.get("validity"), "validity")),
                    Set.copyOf(list(m.get("issuers") == null ? List.of() : m.get("issuers"), "issuers").stream()
                            .map(o -> new CreditCode(String.valueOf(o)))
                            .toList()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(e.getMessage());
        }
    }

    public static List<FieldSpec> fieldsFromList(List<?> list) {
        List<FieldSpec> fields = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> f = map(o, "field");
            fields.add(new FieldSpec(
                    string(f, "key", true),
                    string(f, "label", true),
                    FieldType.valueOf(string(f, "type", true)),
                    bool(f, "required"),
                    f.get("maxLength") == null ? 200 : ((BigDecimal) f.get("maxLength")).intValueExact(),
                    string(f, "pattern", false),
                    f.get("allowedValues") == null
                            ? List.of()
                            : list(f.get("allowedValues"), "allowedValues").stream()
                                    .map(String::valueOf)
                                    .toList(),
                    bool(f, "inQr"),
                    bool(f, "personal")));
        }
        return fields;
    }

    public static ValidityRule validityFromMap(Map<String, Object> m) {
        ValidityRule.Kind kind = ValidityRule.Kind.valueOf(string(m, "kind", true));
        String period = string(m, "period", false);
        return new ValidityRule(kind, period == null ? null : Period.parse(period));
    }

    private static String string(Map<String, Object> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                throw invalid("licence type definition: \"" + key + "\" is required");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw invalid("licence type definition: \"" + key + "\" must be a string");
        }
        return s;
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v != null && !(v instanceof Boolean)) {
            throw invalid("licence type definition: \"" + key + "\" must be true or false");
        }
        return Boolean.TRUE.equals(v);
    }

    @SuppressWarnings("unchecked") // JSON objects are Map<String,Object> by construction of Json.parse
    private static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map)) {
            throw invalid("licence type definition: " + what + " must be an object");
        }
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o, String what) {
        if (!(o instanceof List<?> l)) {
            throw invalid("licence type definition: " + what + " must be an array");
        }
        return l;
    }

    private static ZhengzhaoException invalid(String message) {
        return new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, message);
    }
}
