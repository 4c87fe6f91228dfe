package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.consent.ServiceItem;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.FieldType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.licence.ValidityRule;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** The demo's licence types and issuers: real-looking, well-formed codes; invented organisations' numbers. */
public final class DemoCatalogue {
    /** 广东省市场监督管理局: defines the food business licence. */
    public static final CreditCode MARKET_AUTHORITY = CreditCode.withCheck("11440000MB2C93225");
    /** 广东省卫生健康委员会: defines the physician's practising certificate. */
    public static final CreditCode HEALTH_AUTHORITY = CreditCode.withCheck("11440000MB2D10480");

    public static final CreditCode GUANGZHOU_MARKET = CreditCode.withCheck("11440100MB2A31840");
    public static final CreditCode SHENZHEN_MARKET = CreditCode.withCheck("11440300MB2C40157");
    public static final CreditCode GUANGZHOU_HEALTH = CreditCode.withCheck("11440100MB2A47762");

    /** 广州市天河区政务服务中心: the demo hall. */
    public static final CreditCode TIANHE_HALL = CreditCode.withCheck("11440106MB2C55559");

    public static final TypeCode FOOD = TypeCode.of(MARKET_AUTHORITY, 1);
    public static final TypeCode PHYSICIAN = TypeCode.of(HEALTH_AUTHORITY, 3);

    /** A demo issuer and the algorithm of its key. */
    public record DemoIssuer(Issuer issuer, SignatureAlgorithm algorithm) {}

    private DemoCatalogue() {}

    public static List<DemoIssuer> issuers() {
        return List.of(
                new DemoIssuer(new Issuer(GUANGZHOU_MARKET, "广州市市场监督管理局", "GD"), SignatureAlgorithm.SM2_SM3),
                new DemoIssuer(new Issuer(SHENZHEN_MARKET, "深圳市市场监督管理局", "GD"), SignatureAlgorithm.ES256),
                new DemoIssuer(new Issuer(GUANGZHOU_HEALTH, "广州市卫生健康委员会", "GD"), SignatureAlgorithm.EDDSA));
    }

    /** Service items (办事事项) and the fields each needs from a licence. */
    public static List<ServiceItem> serviceItems() {
        return List.of(
                new ServiceItem(
                        "440106-SP-001",
                        "食品经营许可变更登记",
                        List.of("ZZMC", "ZZBH", "CZZT", "CZZTDM", "KZ_JYCS", "KZ_ZTYT", "ZZYXQJZRQ")),
                new ServiceItem("440106-GS-002", "企业开办（核验经营许可）", List.of("ZZMC", "ZZBH", "CZZT", "ZZYXQJZRQ")),
                new ServiceItem("440106-WS-003", "医师执业备案核验", List.of("ZZMC", "ZZBH", "CZZT", "KZ_ZYLB", "KZ_ZYFW")));
    }

    public static List<LicenceType> types() {
        return List.of(
                new LicenceType(
                        FOOD,
                        "食品经营许可证",
                        "广东省市场监督管理局",
                        HolderKind.LEGAL_PERSON,
                        List.of(
                                FieldSpec.text("KZ_JYCS", "经营场所", true, 200).keyField(),
                                new FieldSpec(
                                        "KZ_ZTYT",
                                        "主体业态",
                                        FieldType.ENUM,
                                        true,
                                        20,
                                        null,
                                        List.of("食品销售经营者", "餐饮服务经营者", "单位食堂"),
                                        true,
                                        false),
                                FieldSpec.text("KZ_JYXM", "经营项目", false, 500),
                                FieldSpec.text("KZ_FDDBR", "法定代表人", false, 50).personalData()),
                        ValidityRule.fixed(Period.ofYears(5)),
                        Set.of(GUANGZHOU_MARKET, SHENZHEN_MARKET)),
                new LicenceType(
                        PHYSICIAN,
                        "医师执业证书",
                        "广东省卫生健康委员会",
                        HolderKind.NATURAL_PERSON,
                        List.of(
                                new FieldSpec(
                                        "KZ_ZYLB",
                                        "执业类别",
                                        FieldType.ENUM,
                                        true,
                                        10,
                                        null,
                                        List.of("临床", "中医", "口腔", "公共卫生"),
                                        true,
                                        false),
                                FieldSpec.text("KZ_ZYFW", "执业范围", true, 100).keyField(),
                                FieldSpec.text("KZ_ZYDD", "执业地点", true, 200)),
                        ValidityRule.longTerm(),
                        Set.of(GUANGZHOU_HEALTH)));
    }
}
