package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.consent.HolderRef;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.issue.Actor;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.verifierapi.access.ApiKeys;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Seeds the demo at start-up (a bean only with {@code --demo}): the catalogue, the issuers, API keys for
 * each role, sample licences (one of them revoked), and {@code data/demo/credentials.json} with
 * example calls. Seeding is idempotent: a restart replays the same licences.
 */
public final class DemoSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties demo;
    private final TypeCatalogue catalogue;
    private final IssuerRegistry issuers;
    private final IssueLicence issue;
    private final ChangeLicenceStatus changeStatus;
    private final CachedStatusLookup statusCache;
    private final ApiKeys apiKeys;
    private final ConsentStore consent;
    private final DemoPki pki;
    private final Clock clock;
    private final ApplicationContext context;

    public DemoSeeder(
            DemoProperties demo,
            TypeCatalogue catalogue,
            IssuerRegistry issuers,
            IssueLicence issue,
            ChangeLicenceStatus changeStatus,
            CachedStatusLookup statusCache,
            ApiKeys apiKeys,
            ConsentStore consent,
            DemoPki pki,
            Clock clock,
            ApplicationContext context) {
        this.demo = demo;
        this.catalogue = catalogue;
        this.issuers = issuers;
        this.issue = issue;
        this.changeStatus = changeStatus;
        this.statusCache = statusCache;
        this.apiKeys = apiKeys;
        this.consent = consent;
        this.pki = pki;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoCatalogue.issuers().forEach(i -> issuers.save(i.issuer()));
        DemoCatalogue.types().forEach(catalogue::save);
        DemoCatalogue.serviceItems().forEach(consent::saveServiceItem);
        Actor seeder = Actor.system("demo-seeder");
        List<LicenceRecord> samples = new ArrayList<>();
        List<IssueRequest> requests = sampleRequests();
        for (int i = 0; i < requests.size(); i++) {
            samples.add(issue.issue(requests.get(i), "demo-sample-" + i, seeder).record());
        }
        LicenceRecord revoked = samples.get(2);
        if (revoked.licence().status() == LicenceStatus.VALID) {
            changeStatus.change(revoked.id(), StatusAction.REVOKE, "示例：违法经营，依法吊销", seeder);
            statusCache.changed(revoked.id());
        }
        write(samples, revoked);
    }

    private void write(List<LicenceRecord> samples, LicenceRecord revoked) throws IOException {
        Path dir = demo.directory();
        Files.createDirectories(dir);
        String base = "http://localhost:" + port();
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("baseUrl", base);
        credentials.put(
                "issuerApiKey",
                apiKeys.create("demo-guangzhou-market", Role.ISSUER, DemoCatalogue.GUANGZHOU_MARKET.value()));
        credentials.put("issuerCode", DemoCatalogue.GUANGZHOU_MARKET.value());
        credentials.put("hallApiKey", apiKeys.create("demo-tianhe-hall", Role.HALL, DemoCatalogue.TIANHE_HALL.value()));
        credentials.put("hallCode", DemoCatalogue.TIANHE_HALL.value());
        credentials.put(
                "operatorApiKey",
                apiKeys.create("demo-operator", Role.OPERATOR, DemoCatalogue.GUANGZHOU_MARKET.value()));
        credentials.put("exampleIssueRequest", issueRequestJson("JY14401069999"));
        List<Map<String, Object>> licences = new ArrayList<>();
        for (LicenceRecord r : samples) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().text());
            m.put("name", r.licence().name());
            m.put("number", r.licence().number());
            m.put("revoked", r == revoked);
            m.put("qr", r.signed().qrText());
            licences.add(m);
        }
        credentials.put("sampleLicences", licences);
        credentials.put("crossBorderSample", CrossBorderSample.make(pki, clock.instant()));
        Files.writeString(dir.resolve("credentials.json"), Json.write(credentials) + "\n");
        Files.writeString(dir.resolve("issue-request.json"), Json.write(issueRequestJson("JY14401069999")) + "\n");
        Files.writeString(dir.resolve("examples.sh"), DemoExamples.script(base, credentials, samples.get(0), revoked));
        log.info("demo ready: API keys and example calls in {}", dir.toAbsolutePath());
    }

    private String port() {
        return context instanceof WebServerApplicationContext web
                ? String.valueOf(web.getWebServer().getPort())
                : "8080";
    }

    private static Map<String, Object> issueRequestJson(String number) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typeCode", DemoCatalogue.FOOD.value());
        m.put("issuerCode", DemoCatalogue.GUANGZHOU_MARKET.value());
        m.put("number", number);
        m.put("holderName", "广州市天河区示例食品店");
        m.put("holderId", "92440106MA5D8K6P4" + checkOf("92440106MA5D8K6P4"));
        m.put("holderIdType", "001");
        m.put("fields", Map.of("KZ_JYCS", "广州市天河区体育西路100号", "KZ_ZTYT", "食品销售经营者", "KZ_JYXM", "预包装食品销售"));
        return m;
    }

    private static String checkOf(String first17) {
        return dev.zhengzhao.core.licence.CreditCode.withCheck(first17).value().substring(17);
    }

    /** The holders of the sample licences: who may sign in at the development identity provider. */
    public static List<HolderRef> sampleHolders() {
        return sampleRequests().stream()
                .map(r -> new HolderRef(r.holderIdType(), r.holderId(), r.holderName()))
                .distinct()
                .toList();
    }

    private static List<IssueRequest> sampleRequests() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        String food = DemoCatalogue.FOOD.value();
        String gz = DemoCatalogue.GUANGZHOU_MARKET.value();
        return List.of(
                new IssueRequest(
                        food,
                        gz,
                        "JY14401060001",
                        "广州市示例餐饮管理有限公司",
                        "91440101MA5CXY2K3" + checkOf("91440101MA5CXY2K3"),
                        "001",
                        day,
                        null,
                        null,
                        Map.of("KZ_JYCS", "广州市天河区示例路1号", "KZ_ZTYT", "餐饮服务经营者", "KZ_JYXM", "热食类食品制售", "KZ_FDDBR", "陈示例"),
                        null,
                        null),
                new IssueRequest(
                        food,
                        DemoCatalogue.SHENZHEN_MARKET.value(),
                        "JY14403050002",
                        "深圳市示例超市有限公司",
                        "91440300MA5FQ4TR6" + checkOf("91440300MA5FQ4TR6"),
                        "001",
                        day,
                        null,
                        null,
                        Map.of("KZ_JYCS", "深圳市南山区示例大道88号", "KZ_ZTYT", "食品销售经营者"),
                        null,
                        null),
                new IssueRequest(
                        food,
                        gz,
                        "JY14401060003",
                        "广州市示例小吃店",
                        "92440104MA5B3E2L1" + checkOf("92440104MA5B3E2L1"),
                        "001",
                        day,
                        null,
                        null,
                        Map.of("KZ_JYCS", "广州市越秀区示例街3号", "KZ_ZTYT", "餐饮服务经营者"),
                        null,
                        null),
                new IssueRequest(
                        DemoCatalogue.PHYSICIAN.value(),
                        DemoCatalogue.GUANGZHOU_HEALTH.value(),
                        "110440100012345",
                        "李示例",
                        HolderIdType.citizenIdWithCheck("44010619850315123"),
                        "111",
                        day,
                        null,
                        null,
                        Map.of("KZ_ZYLB", "临床", "KZ_ZYFW", "内科专业", "KZ_ZYDD", "广州市示例人民医院"),
                        null,
                        null));
    }
}
