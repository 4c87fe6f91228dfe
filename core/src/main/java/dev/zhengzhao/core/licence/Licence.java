package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.status.LicenceStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a licence with its GB/T 36903-style metadata. The field comments name the
 * metadata elements; the issuer code (ZZBFJGDM) and type code (ZZLXDM) are parts of the identifier.
 *
 * @param id 证照标识 ZZBS
 * @param name 证照名称 ZZMC, the type's name
 * @param number 证照编号 ZZBH, the issuer's own number, unique per issuer and type
 * @param issuerName 颁发机构 ZZBFJG
 * @param issueDate 颁发日期 ZZBFRQ
 * @param holder 持证主体 CZZT / 主体代码 CZZTDM / 主体代码类型 CZZTDMLX
 * @param validFrom 有效期起始日期 ZZYXQQSRQ
 * @param validUntil 有效期截止日期 ZZYXQJZRQ, inclusive; null for long-term (长期)
 * @param seal 签章人 / 签章名称 / 签章时间
 * @param fields type-specific extension fields (KZ_…), in schema order
 * @param status the stored status (never EXPIRED; see StatusLifecycle.effective)
 */
public record Licence(
        LicenceId id,
        String name,
        String number,
        String issuerName,
        LocalDate issueDate,
        Holder holder,
        LocalDate validFrom,
        LocalDate validUntil,
        Seal seal,
        Map<String, String> fields,
        LicenceStatus status) {

    public Licence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(status, "status");
        fields = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(fields == null ? Map.of() : fields));
    }

    public TypeCode typeCode() {
        return id.typeCode();
    }

    public CreditCode issuerCode() {
        return id.issuerCode();
    }

    /** The version this one superseded, if any. */
    public Optional<LicenceId> previousVersion() {
        return id.version() == 1
                ? Optional.empty()
                : Optional.of(new LicenceId(id.typeCode(), id.issuerCode(), id.serial(), id.version() - 1));
    }

    public Licence withStatus(LicenceStatus newStatus) {
        return new Licence(
                id, name, number, issuerName, issueDate, holder, validFrom, validUntil, seal, fields, newStatus);
    }
}
