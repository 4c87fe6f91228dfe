package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.issue.IssueRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One NDJSON import line as an {@link IssueRequest}: a JSON object with the request's members
 * ({@code typeCode, issuerCode, number, holderName, holderId, holderIdType, issueDate, validFrom,
 * validUntil, fields, serial, signerName}); dates are {@code yyyy-MM-dd}. A missing typeCode or
 * issuerCode takes the import's own. Unknown members are refused, so a misspelt one is noticed.
 */
final class IssueRequestJson {
    static final List<String> MEMBERS = List.of(
            "typeCode",
            "issuerCode",
            "number",
            "holderName",
            "holderId",
            "holderIdType",
            "issueDate",
            "validFrom",
            "validUntil",
            "fields",
            "serial",
            "signerName");

    private final String defaultTypeCode;
    private final String defaultIssuerCode;

    IssueRequestJson(String defaultTypeCode, String defaultIssuerCode) {
        this.defaultTypeCode = defaultTypeCode;
        this.defaultIssuerCode = defaultIssuerCode;
    }

    /** Parses one line, or throws a {@link ZhengzhaoException} saying what is wrong with it. */
    IssueRequest parse(String line) {
        Map<String, Object> m;
        try {
            m = Json.parseObject(line);
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
        for (String key : m.keySet()) {
            if (!MEMBERS.contains(key)) {
                throw new ZhengzhaoException(
                        ErrorCode.INVALID_REQUEST, "unknown member \"" + key + "\"; the members are " + MEMBERS);
            }
        }
        String typeCode = string(m, "typeCode");
        String issuerCode = string(m, "issuerCode");
        return new IssueRequest(
                typeCode == null ? defaultTypeCode : typeCode,
                issuerCode == null ? defaultIssuerCode : issuerCode,
                string(m, "number"),
                string(m, "holderName"),
                string(m, "holderId"),
                string(m, "holderIdType"),
                date(m, "issueDate"),
                date(m, "validFrom"),
                date(m, "validUntil"),
                fields(m.get("fields")),
                string(m, "serial"),
                string(m, "signerName"));
    }

    private static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "\"" + key + "\" must be a JSON string");
    }

    private static LocalDate date(Map<String, Object> m, String key) {
        String text = string(m, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_VALIDITY, "\"" + key + "\" must be a date yyyy-MM-dd, got '" + text + "'");
        }
    }

    private static Map<String, String> fields(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> given)) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "\"fields\" must be a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            String key = String.valueOf(k);
            switch (v) {
                case null -> {
                    // an absent optional field
                }
                case String s -> fields.put(key, s);
                case BigDecimal n -> fields.put(key, n.toPlainString());
                case Boolean b -> fields.put(key, b.toString());
                default ->
                    throw new ZhengzhaoException(
                            ErrorCode.INVALID_FIELD, "field " + key + " must be a string, number or boolean");
            }
        });
        return fields;
    }
}
