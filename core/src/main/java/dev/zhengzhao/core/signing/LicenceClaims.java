package dev.zhengzhao.core.signing;

import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The prepared content of one licence version, exactly what the issuer's key signs. Built from a
 * checked {@link Licence} and its type; the signer encodes it deterministically (see
 * docs/formats/qr-payload.md) and signs those bytes only.
 *
 * @param licenceId the identifier text (ZZBS)
 * @param typeCode ZZLXDM
 * @param typeName ZZMC
 * @param number ZZBH
 * @param issuerCode ZZBFJGDM
 * @param issuerName ZZBFJG
 * @param holderName CZZT
 * @param holderId CZZTDM
 * @param holderIdType CZZTDMLX (three-digit code)
 * @param issueDate ZZBFRQ
 * @param validFrom ZZYXQQSRQ
 * @param validUntil ZZYXQJZRQ, inclusive, null when long-term
 * @param issuedAt the signing time (ZZQZSJ)
 * @param fields all type-specific fields, for the signed record
 * @param qrFields the key fields that also go into the compact QR payload
 */
public record LicenceClaims(
        String licenceId,
        String typeCode,
        String typeName,
        String number,
        String issuerCode,
        String issuerName,
        String holderName,
        String holderId,
        String holderIdType,
        LocalDate issueDate,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant issuedAt,
        Map<String, String> fields,
        Map<String, String> qrFields) {

    public LicenceClaims {
        Objects.requireNonNull(licenceId, "licenceId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
        qrFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qrFields == null ? Map.of() : qrFields));
    }

    /** Prepares the claims of {@code licence}; its fields must already be checked against {@code type}. */
    public static LicenceClaims of(Licence licence, LicenceType type) {
        Map<String, String> qr = new LinkedHashMap<>();
        type.fields().stream()
                .filter(f -> f.inQr() && licence.fields().containsKey(f.key()))
                .forEach(f -> qr.put(f.key(), licence.fields().get(f.key())));
        return new LicenceClaims(
                licence.id().text(),
                licence.typeCode().value(),
                licence.name(),
                licence.number(),
                licence.issuerCode().value(),
                licence.issuerName(),
                licence.holder().name(),
                licence.holder().id(),
                licence.holder().idType().code(),
                licence.issueDate(),
                licence.validFrom(),
                licence.validUntil(),
                licence.seal().sealedAt(),
                licence.fields(),
                qr);
    }
}
