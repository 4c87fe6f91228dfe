package dev.zhengzhao.signer;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Typical licences and issuer keys for tests, built in code. */
public final class TestLicences {
    public static final CreditCode AUTHORITY = CreditCode.withCheck("11440000MB2C9213X");
    public static final CreditCode ISSUER = CreditCode.withCheck("11440100MB2C3567Y");
    public static final TypeCode TYPE = TypeCode.of(AUTHORITY, 1);
    public static final Instant ISSUED_AT = Instant.parse("2026-03-02T01:30:00Z");
    public static final Instant KEY_NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    private TestLicences() {}

    /** A typical natural-person licence: a food-handler health certificate with two key fields. */
    public static LicenceClaims typical() {
        LicenceId id = LicenceId.generate(TYPE, ISSUER, new Random(7));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("KZ_GZDW", "广州市越秀区某某餐饮店");
        fields.put("KZ_TJJG", "合格");
        fields.put("KZ_TJRQ", "2026-02-27");
        Map<String, String> qr = new LinkedHashMap<>();
        qr.put("KZ_TJJG", "合格");
        return new LicenceClaims(
                id.text(),
                TYPE.value(),
                "食品从业人员健康证明",
                "粤穗健2026000123",
                ISSUER.value(),
                "广州市越秀区卫生健康局",
                "张三丰",
                HolderIdType.citizenIdWithCheck("44010619900307123"),
                "111",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2027, 3, 1),
                ISSUED_AT,
                fields,
                qr);
    }

    public static Pkcs12IssuerKey key(SignatureAlgorithm algorithm) {
        return IssuerKeys.generate(
                algorithm,
                "CN=广州市越秀区卫生健康局 " + algorithm.coseName() + ",O=Zhengzhao Test,C=CN",
                KEY_NOT_BEFORE,
                Duration.ofDays(3 * 365),
                new SecureRandom());
    }
}
