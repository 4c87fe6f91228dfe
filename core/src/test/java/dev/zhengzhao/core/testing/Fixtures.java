package dev.zhengzhao.core.testing;

import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.FieldType;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.licence.ValidityRule;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.signing.SignedLicence;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real-looking codes, a licence type and requests shared by tests of every module. */
public final class Fixtures {
    /** 广东省市场监督管理局 (defining authority), a well-formed GB 32100 code. */
    public static final CreditCode AUTHORITY = CreditCode.withCheck("11440000MB2C93225");
    /** 广州市市场监督管理局 (issuer). */
    public static final CreditCode GUANGZHOU = CreditCode.withCheck("11440100MB2A31840");
    /** 深圳市市场监督管理局 (another issuer, not allowed for the food type in some tests). */
    public static final CreditCode SHENZHEN = CreditCode.withCheck("11440300MB2C40157");
    /** A company holder. */
    public static final CreditCode COMPANY = CreditCode.withCheck("91440101MA5CXY2K3");

    public static final TypeCode FOOD_TYPE = TypeCode.of(AUTHORITY, 1);

    private Fixtures() {}

    public static Issuer guangzhou() {
        return new Issuer(GUANGZHOU, "广州市市场监督管理局", "GD");
    }

    public static Issuer shenzhen() {
        return new Issuer(SHENZHEN, "深圳市市场监督管理局", "GD");
    }

    /** 食品经营许可证: legal-person holders, 5 years, two fields (one in the QR). */
    public static LicenceType foodBusinessLicence() {
        return new LicenceType(
                FOOD_TYPE,
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
                Set.of(GUANGZHOU));
    }

    /** A valid request for the food licence numbered {@code number}. */
    public static IssueRequest foodRequest(String number) {
        return new IssueRequest(
                FOOD_TYPE.value(),
                GUANGZHOU.value(),
                number,
                "广州市示例餐饮管理有限公司",
                COMPANY.value(),
                HolderIdType.CREDIT_CODE.code(),
                LocalDate.of(2026, 3, 1),
                null,
                null,
                Map.of("KZ_JYCS", "广州市天河区示例路1号", "KZ_ZTYT", "餐饮服务经营者"),
                null,
                null);
    }

    /** Signs with no cryptography: deterministic bytes from the claims. For core's tests only. */
    public static IssuerSigners fakeSigners() {
        return issuer -> claims -> new SignedLicence(
                ("signed:" + claims).getBytes(StandardCharsets.UTF_8),
                "FAKE:" + claims.licenceId(),
                "kid-" + issuer,
                "FAKE");
    }

    /** The claims a licence QR of {@code id} carries, as read at {@code at} (holder code masked). */
    public static dev.zhengzhao.core.signing.LicenceClaims qrClaims(
            dev.zhengzhao.core.licence.LicenceId id, java.time.Instant at) {
        return new dev.zhengzhao.core.signing.LicenceClaims(
                id.text(),
                id.typeCode().value(),
                null,
                null,
                id.issuerCode().value(),
                null,
                "某公司",
                COMPANY.value(),
                "001",
                null,
                null,
                null,
                at,
                java.util.Map.of(),
                java.util.Map.of());
    }
}
