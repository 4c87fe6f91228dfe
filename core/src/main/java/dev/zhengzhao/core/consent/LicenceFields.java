package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.licence.Licence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The fields of a licence by their GB/T 36903 element names, for field profiles and disclosure. */
public final class LicenceFields {
    private static final Map<String, Function<Licence, String>> METADATA = new LinkedHashMap<>();

    static {
        METADATA.put("ZZMC", Licence::name);
        METADATA.put("ZZLXDM", l -> l.typeCode().value());
        METADATA.put("ZZBH", Licence::number);
        METADATA.put("ZZBS", l -> l.id().text());
        METADATA.put("ZZBFJG", Licence::issuerName);
        METADATA.put("ZZBFJGDM", l -> l.issuerCode().value());
        METADATA.put("ZZBFRQ", l -> l.issueDate().toString());
        METADATA.put("CZZT", l -> l.holder().name());
        METADATA.put("CZZTDM", l -> l.holder().id());
        METADATA.put("CZZTDMLX", l -> l.holder().idType().code());
        METADATA.put("ZZYXQQSRQ", l -> l.validFrom().toString());
        METADATA.put(
                "ZZYXQJZRQ", l -> l.validUntil() == null ? "长期" : l.validUntil().toString());
    }

    private LicenceFields() {}

    static boolean isKnown(String field) {
        return METADATA.containsKey(field) || field.matches("KZ_[A-Z0-9_]{1,40}");
    }

    /** Exactly the profile's fields that the licence has, in profile order. */
    public static Map<String, String> select(Licence licence, List<String> profile) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String field : profile) {
            Function<Licence, String> metadata = METADATA.get(field);
            String value = metadata != null
                    ? metadata.apply(licence)
                    : licence.fields().get(field);
            if (value != null) {
                selected.put(field, value);
            }
        }
        return selected;
    }
}
