package dev.zhengzhao.tools.signing;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.FieldType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.licence.ValidityRule;
import dev.zhengzhao.core.signing.LicenceClaims;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON files of {@code zz issue}: a licence type (with the issuers allowed to issue it) and an
 * issue request. The shapes are in docs/signing.md; every mistake is a one-line error naming the member.
 */
final class LicenceJson {
    private LicenceJson() {}

    /** A licence type and the issuers it names. */
    record TypeFile(LicenceType type, List<Issuer> issuers) {
        Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            type.fields().forEach(f -> labels.put(f.key(), f.label()));
            return labels;
        }
    }

    static TypeFile type(String json) {
        CBORObject o = object(json, "type file");
        List<Issuer> issuers = new ArrayList<>();
        Set<CreditCode> codes = new LinkedHashSet<>();
        for (CBORObject i : array(o, "issuers")) {
            Issuer issuer = new Issuer(
                    new CreditCode(text(i, "code", true)),
                    text(i, "name", true),
                    text(i, "jurisdiction", false) == null ? "GD" : text(i, "jurisdiction", false));
            issuers.add(issuer);
            codes.add(issuer.code());
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (CBORObject f : array(o, "fields")) {
            List<String> allowed = new ArrayList<>();
            for (CBORObject v : array(f, "allowedValues")) {
                allowed.add(v.AsString());
            }
            fields.add(new FieldSpec(
                    text(f, "key", true),
                    text(f, "label", true),
                    FieldType.valueOf(upper(text(f, "type", false), "TEXT")),
                    bool(f, "required"),
                    f.ContainsKey("maxLength") ? f.get("maxLength").AsInt32Value() : 200,
                    text(f, "pattern", false),
                    allowed,
                    bool(f, "inQr"),
                    bool(f, "personal")));
        }
        CBORObject validity = o.get("validity");
        ValidityRule rule;
        if (validity == null) {
            rule = ValidityRule.longTerm();
        } else {
            String period = text(validity, "period", false);
            rule = new ValidityRule(
                    ValidityRule.Kind.valueOf(upper(text(validity, "kind", true), null)),
                    period == null ? null : Period.parse(period));
        }
        LicenceType type = new LicenceType(
                new TypeCode(text(o, "code", true)),
                text(o, "name", true),
                text(o, "authorityName", true),
                HolderKind.valueOf(upper(text(o, "holderKind", false), "NATURAL_PERSON")),
                fields,
                rule,
                codes);
        return new TypeFile(type, issuers);
    }

    static IssueRequest request(String json) {
        CBORObject o = object(json, "request file");
        Map<String, String> fields = new LinkedHashMap<>();
        CBORObject f = o.get("fields");
        if (f != null && f.getType() == CBORType.Map) {
            for (CBORObject k : f.getKeys()) {
                fields.put(k.AsString(), f.get(k).AsString());
            }
        }
        return new IssueRequest(
                text(o, "typeCode", true),
                text(o, "issuerCode", true),
                text(o, "number", true),
                text(o, "holderName", true),
                text(o, "holderId", true),
                text(o, "holderIdType", true),
                date(o, "issueDate"),
                date(o, "validFrom"),
                date(o, "validUntil"),
                fields,
                text(o, "serial", false),
                text(o, "signerName", false));
    }

    static CBORObject claims(LicenceClaims c) {
        CBORObject o = CBORObject.NewOrderedMap();
        put(o, "licenceId", c.licenceId());
        put(o, "typeCode", c.typeCode());
        put(o, "typeName", c.typeName());
        put(o, "number", c.number());
        put(o, "issuerCode", c.issuerCode());
        put(o, "issuerName", c.issuerName());
        put(o, "holderName", c.holderName());
        put(o, "holderId", c.holderId());
        put(o, "holderIdType", c.holderIdType());
        put(o, "issueDate", c.issueDate());
        put(o, "validFrom", c.validFrom());
        put(o, "validUntil", c.validUntil());
        put(o, "issuedAt", c.issuedAt());
        o.Add("fields", textMap(c.fields()));
        o.Add("qrFields", textMap(c.qrFields()));
        return o;
    }

    private static CBORObject textMap(Map<String, String> map) {
        CBORObject o = CBORObject.NewOrderedMap();
        map.forEach(o::Add);
        return o;
    }

    private static void put(CBORObject o, String key, Object value) {
        if (value != null) {
            o.Add(key, value.toString());
        }
    }

    private static CBORObject object(String json, String what) {
        try {
            CBORObject o = CBORObject.FromJSONString(json);
            if (o.getType() != CBORType.Map) {
                throw invalid(what + " must be a JSON object");
            }
            return o;
        } catch (com.upokecenter.cbor.CBORException e) {
            throw invalid(what + " is not valid JSON");
        }
    }

    private static List<CBORObject> array(CBORObject o, String key) {
        CBORObject value = o.get(key);
        if (value == null) {
            return List.of();
        }
        if (value.getType() != CBORType.Array) {
            throw invalid(key + " must be an array");
        }
        return new ArrayList<>(value.getValues());
    }

    private static String text(CBORObject o, String key, boolean required) {
        CBORObject value = o.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(key + " is required");
            }
            return null;
        }
        if (value.getType() != CBORType.TextString) {
            throw invalid(key + " must be a string");
        }
        return value.AsString();
    }

    private static boolean bool(CBORObject o, String key) {
        CBORObject value = o.get(key);
        return value != null && value.isTrue();
    }

    private static LocalDate date(CBORObject o, String key) {
        String text = text(o, key, false);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(key + " must be a date as yyyy-MM-dd");
        }
    }

    private static String upper(String value, String fallback) {
        if (value == null) {
            if (fallback == null) {
                throw invalid("a required enumeration value is missing");
            }
            return fallback;
        }
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static ZhengzhaoException invalid(String message) {
        return new ZhengzhaoException(ErrorCode.INVALID_REQUEST, message);
    }
}
