package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A licence type in the catalogue (证照目录): what the licence is, who defines it, who may hold it,
 * which fields it carries, how long it is valid and which issuers may issue it.
 */
public record LicenceType(
        TypeCode code,
        String name,
        String authorityName,
        HolderKind holderKind,
        List<FieldSpec> fields,
        ValidityRule validity,
        Set<CreditCode> issuers) {

    public LicenceType {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "licence type needs a name (证照名称)");
        }
        if (authorityName == null || authorityName.isBlank()) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_LICENCE_TYPE, "licence type needs its defining authority's name");
        }
        if (holderKind == null) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "licence type needs a holder kind");
        }
        if (validity == null) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "licence type needs a validity rule");
        }
        fields = List.copyOf(fields == null ? List.of() : fields);
        issuers = Set.copyOf(issuers == null ? Set.of() : issuers);
        Set<String> seen = new java.util.HashSet<>();
        for (FieldSpec f : fields) {
            if (!seen.add(f.key())) {
                throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "field " + f.key() + " is defined twice");
            }
        }
    }

    public boolean mayBeIssuedBy(CreditCode issuer) {
        return issuers.contains(issuer);
    }

    /**
     * Checks type-specific field values against the schema and returns them in schema order. Unknown
     * keys, missing required fields and malformed values are refused with what to fix.
     */
    public Map<String, String> checkFields(Map<String, String> values) {
        Map<String, String> given = new HashMap<>(values == null ? Map.of() : values);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (FieldSpec spec : fields) {
            String value = given.remove(spec.key());
            if (value == null || value.isEmpty()) {
                if (spec.required()) {
                    throw new ZhengzhaoException(
                            ErrorCode.MISSING_FIELD,
                            "field " + spec.key() + " (" + spec.label() + ") is required by licence type " + code);
                }
                continue;
            }
            spec.check(value);
            ordered.put(spec.key(), value);
        }
        if (!given.isEmpty()) {
            throw new ZhengzhaoException(
                    ErrorCode.UNKNOWN_FIELD,
                    "licence type " + code + " has no field(s) "
                            + given.keySet().stream().sorted().toList() + "; its fields are "
                            + fields.stream().map(FieldSpec::key).toList());
        }
        return ordered;
    }

    public void checkHolder(Holder holder) {
        if (holder.idType().kind() != holderKind) {
            throw new ZhengzhaoException(
                    ErrorCode.MALFORMED_HOLDER_ID,
                    "licence type " + code + " is held by a " + holderKind + " but the holder id type "
                            + holder.idType().code() + " identifies a "
                            + holder.idType().kind());
        }
    }
}
