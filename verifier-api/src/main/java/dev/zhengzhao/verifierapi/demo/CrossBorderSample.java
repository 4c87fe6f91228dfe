package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Hong Kong food business licence for the cross-border demo, signed by the HK signer: the
 * Guangdong repository does not hold it, yet verifies it through the bridge. Hong Kong bodies get
 * codes in the national format with division code 810000 (香港特别行政区).
 */
final class CrossBorderSample {
    /** 食物环境卫生署 (Food and Environmental Hygiene Department). */
    static final CreditCode FEHD = CreditCode.withCheck("12810000MB0FEHD00");

    private CrossBorderSample() {}

    /** The sample's QR text and what a person needs to cut Hong Kong off (the bridge's cross-certificate). */
    static Map<String, Object> make(DemoPki pki, Instant now) {
        LicenceId id = new LicenceId(TypeCode.of(FEHD, 101), FEHD, "HKFOOD2026000001", 1);
        LocalDate from = LocalDate.of(2026, 1, 1);
        Map<String, String> fields = Map.of("KZ_JYCS", "香港九龍彌敦道1號");
        LicenceClaims claims = new LicenceClaims(
                id.text(),
                id.typeCode().value(),
                "食物業牌照 Food Business Licence",
                "HK-FB-0001",
                FEHD.value(),
                "食物环境卫生署 Food and Environmental Hygiene Department",
                "示例茶餐廳有限公司",
                "HK-12345678",
                "099",
                from,
                from,
                from.plusYears(3).minusDays(1),
                now,
                fields,
                fields);
        String qr =
                new CoseLicenceSigner(pki.crossBorderSigner(now)).sign(claims).qrText();
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("description", "a Hong Kong credential: verified in Guangdong through the bridge, not held here");
        sample.put("qr", qr);
        sample.put("bridgeCa", "bridge");
        sample.put(
                "crossCertificateSerialHex",
                pki.bridgeCertifies("HK").getSerialNumber().toString(16));
        return sample;
    }
}
