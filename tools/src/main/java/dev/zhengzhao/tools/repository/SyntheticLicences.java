package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.FieldType;
import dev.zhengzhao.core.licence.Holder;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.Seal;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.licence.ValidityRule;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.status.LicenceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Licence records for the repository benchmark, one per index, the same every run: well-formed
 * identifiers, holders and numbers, and fake signed bytes of realistic size (300-600 bytes, and a
 * QR text of about 300 characters), since real signing is measured elsewhere. Serials are the
 * index scrambled by a bijection, so rows arrive in random key order as real serials do, yet the
 * identifier of any loaded index can be recomputed for lookups.
 */
final class SyntheticLicences {
    static final CreditCode AUTHORITY = CreditCode.withCheck("11440000MB2C93225");
    static final CreditCode ISSUER = CreditCode.withCheck("11440100MB2A31840");
    static final TypeCode TYPE = TypeCode.of(AUTHORITY, 901);
    private static final String ISSUER_NAME = "广州市市场监督管理局";
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L; // odd, so multiplication is a bijection
    private static final String QR_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2016, 1, 1);

    private final Instant storedAt;

    SyntheticLicences(Instant storedAt) {
        this.storedAt = storedAt;
    }

    static Issuer issuer() {
        return new Issuer(ISSUER, ISSUER_NAME, "GD");
    }

    /** 食品经营许可证 (benchmark copy): legal-person holders, 5 years, two fields. */
    static LicenceType type() {
        return new LicenceType(
                TYPE,
                "食品经营许可证",
                "广东省市场监督管理局",
                HolderKind.LEGAL_PERSON,
                List.of(
                        FieldSpec.text("KZ_JYCS", "经营场所", true, 200).keyField(),
                        new FieldSpec(
                                "KZ_ZTYT",
                                "主体业态",
                                FieldType.ENUM,
                                false,
                                20,
                                null,
                                List.of("食品销售经营者", "餐饮服务经营者", "单位食堂"),
                                false,
                                false)),
                ValidityRule.fixed(Period.ofYears(5)),
                Set.of(ISSUER));
    }

    /** The identifier of the licence loaded at {@code index}. */
    static LicenceId id(long index) {
        String scrambled = Long.toUnsignedString(index * SCRAMBLE, 36).toUpperCase(java.util.Locale.ROOT);
        String serial = "B" + "0".repeat(13 - scrambled.length()) + scrambled;
        return new LicenceId(TYPE, ISSUER, serial, 1);
    }

    LicenceRecord record(long index) {
        SplittableRandom random = new SplittableRandom(index);
        LocalDate issued = FIRST_ISSUE.plusDays(index % 3650);
        CreditCode holder = CreditCode.withCheck(String.format("914401%011d", index % 100_000_000_000L));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("KZ_JYCS", "广州市天河区示例路" + (index % 997 + 1) + "号" + (index % 31 + 1) + "栋");
        fields.put("KZ_ZTYT", index % 3 == 0 ? "单位食堂" : "餐饮服务经营者");
        Licence licence = new Licence(
                id(index),
                "食品经营许可证",
                String.format("JY%s%011d", holder.divisionCode(), index),
                ISSUER_NAME,
                issued,
                new Holder("广州市示例餐饮管理有限公司第" + index + "分店", holder.value(), HolderIdType.CREDIT_CODE),
                issued,
                issued.plusYears(5).minusDays(1),
                new Seal(ISSUER_NAME, ISSUER_NAME + "电子印章", storedAt),
                fields,
                LicenceStatus.VALID);
        byte[] signed = new byte[300 + random.nextInt(301)];
        random.nextBytes(signed);
        StringBuilder qr = new StringBuilder("ZZ1:");
        for (int i = 0; i < 290; i++) {
            qr.append(QR_ALPHABET.charAt(random.nextInt(QR_ALPHABET.length())));
        }
        String kid = String.format("%016x", index * SCRAMBLE >>> 8 | 1);
        return new LicenceRecord(licence, new SignedLicence(signed, qr.toString(), kid, "SM2-SM3"), storedAt);
    }
}
