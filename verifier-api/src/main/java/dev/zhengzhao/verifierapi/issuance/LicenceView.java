package dev.zhengzhao.verifierapi.issuance;

import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusLifecycle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored licence version on the wire, with its GB/T 36903 metadata under the element names.
 *
 * @param effectiveStatus the status now, with EXPIRED derived from the validity period
 */
public record LicenceView(
        String id,
        int version,
        String previousVersion,
        LicenceStatus status,
        LicenceStatus effectiveStatus,
        Map<String, Object> metadata,
        Map<String, String> fields,
        String qrText,
        String kid,
        String algorithm,
        Instant storedAt,
        Map<String, String> links) {

    public static LicenceView of(LicenceRecord record, Instant now) {
        Licence l = record.licence();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ZZMC", l.name());
        m.put("ZZLXDM", l.typeCode().value());
        m.put("ZZBH", l.number());
        m.put("ZZBS", l.id().text());
        m.put("ZZBFJG", l.issuerName());
        m.put("ZZBFJGDM", l.issuerCode().value());
        m.put("ZZBFRQ", l.issueDate().toString());
        m.put("CZZT", l.holder().name());
        m.put("CZZTDM", l.holder().id());
        m.put("CZZTDMLX", l.holder().idType().code());
        m.put("ZZYXQQSRQ", l.validFrom().toString());
        m.put("ZZYXQJZRQ", l.validUntil() == null ? "长期" : l.validUntil().toString());
        m.put("ZZQZR", l.seal().signerName());
        m.put("ZZQZMC", l.seal().sealName());
        m.put("ZZQZSJ", l.seal().sealedAt().toString());
        String base = "/api/v1/licences/" + l.id().text();
        return new LicenceView(
                l.id().text(),
                l.id().version(),
                l.previousVersion().map(LicenceId::text).orElse(null),
                l.status(),
                StatusLifecycle.effective(l.status(), l.validUntil(), now),
                m,
                l.fields(),
                record.signed().qrText(),
                record.signed().kid(),
                record.signed().algorithm(),
                record.storedAt(),
                Map.of(
                        "self", base,
                        "status", base + "/status",
                        "history", base + "/history",
                        "pdf", base + "/pdf",
                        "qrPng", base + "/qr.png",
                        "qrSvg", base + "/qr.svg"));
    }
}
