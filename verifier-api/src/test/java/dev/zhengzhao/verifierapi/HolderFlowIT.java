package dev.zhengzhao.verifierapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.verify.Form;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.Verifier;
import dev.zhengzhao.core.verify.VerifyLicence;
import dev.zhengzhao.signer.presentation.DisclosureEvidence;
import dev.zhengzhao.verifierapi.access.ApiKeys;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 亮证 → hall verifies → consent → only the profile's fields, with evidence → the holder's log; and every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HolderFlowIT {
    private static final String ITEM = "440106-SP-001";
    private static Path demoDir;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        demoDir = DemoService.register(registry);
    }

    @Autowired
    Environment environment;

    @Autowired
    VerifyLicence presentations;

    @Autowired
    RepositoryKey repositoryKey;

    @Autowired
    ApiKeys apiKeys;

    private ApiClient api() {
        return new ApiClient(environment.getProperty("local.server.port", Integer.class));
    }

    private Map<String, Object> credentials() throws Exception {
        return Json.parseObject(Files.readString(demoDir.resolve("credentials.json")));
    }

    /** Signs in the holder of the first sample licence (a company) at the development provider. */
    private String holderToken(ApiClient api, int holderIndex) {
        List<Map<String, Object>> holders = api.get("/dev-idp/holders", null).jsonList();
        Map<String, Object> holder = holders.get(holderIndex);
        return (String) api.postJson(
                        "/dev-idp/token",
                        null,
                        Map.of("holderIdType", holder.get("holderIdType"), "holderId", holder.get("holderId")))
                .json()
                .get("access_token");
    }

    private static String firstLicence(ApiClient api, String holder) {
        ApiClient.Answer answer = api.get("/api/v1/holder/licences", holder);
        assertEquals(200, answer.status(), answer.body());
        List<Map<String, Object>> mine = answer.jsonList();
        assertFalse(mine.isEmpty());
        return (String) mine.getFirst().get("id");
    }

    @Test
    void presentationVerifiesOnceAndNotAfterItExpires() throws Exception {
        ApiClient api = api();
        String holder = holderToken(api, 0);
        String hall = (String) credentials().get("hallApiKey");
        String licence = firstLicence(api, holder);

        ApiClient.Answer shown =
                api.postJson("/api/v1/holder/licences/" + licence + "/presentations", holder, Map.of());
        assertEquals(201, shown.status(), shown.body());
        String token = (String) shown.json().get("token");
        assertTrue(((String) shown.json().get("svg")).startsWith("<"));

        ApiClient.Answer scanned = api.postJson("/api/v1/verify", hall, Map.of("qr", token));
        assertEquals("VALID", scanned.json().get("outcome"), scanned.body());
        assertTrue(scanned.body().contains("\"name\":\"presentation\",\"result\":\"PASSED\""), scanned.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> presented = (Map<String, Object>) scanned.json().get("presentation");
        assertEquals(licence, presented.get("licenceId"));

        ApiClient.Answer replayed = api.postJson("/api/v1/verify", hall, Map.of("qr", token));
        assertEquals("INVALID", replayed.json().get("outcome"));
        assertTrue(replayed.body().contains("presentation-replayed"), replayed.body());

        String fresh = (String) api.postJson("/api/v1/holder/licences/" + licence + "/presentations", holder, Map.of())
                .json()
                .get("token");
        var late = presentations.verify(
                new Form.PresentationToken(fresh),
                new Verifier("hall-test", "HALL"),
                Instant.now().plusSeconds(301));
        assertEquals(Outcome.INVALID, late.report().outcome());
        assertEquals(
                "presentation-expired",
                late.report().firstProblem().orElseThrow().reason().code());

        ApiClient.Answer publicPage = api.postJson("/api/v1/public/verify", null, Map.of("qr", fresh));
        assertEquals("INVALID", publicPage.json().get("outcome"));
    }

    @Test
    void consentDisclosesOnlyTheProfileFieldsWithEvidenceUntilWithdrawn() throws Exception {
        ApiClient api = api();
        String holder = holderToken(api, 0);
        Map<String, Object> credentials = credentials();
        String hall = (String) credentials.get("hallApiKey");
        String hallCode = (String) credentials.get("hallCode");
        String licence = firstLicence(api, holder);
        Map<String, Object> disclosureRequest =
                Map.of("licenceId", licence, "serviceItemCode", ITEM, "caseNumber", "GZ-2026-0001");

        ApiClient.Answer before = api.postJson("/api/v1/hall/disclosures", hall, disclosureRequest);
        assertEquals(403, before.status(), before.body());
        assertEquals("no-active-grant", before.json().get("code"));

        ApiClient.Answer granted = api.postJson(
                "/api/v1/holder/grants",
                holder,
                Map.of(
                        "licenceId",
                        licence,
                        "hallCode",
                        hallCode,
                        "serviceItemCode",
                        ITEM,
                        "caseNumber",
                        "GZ-2026-0001"));
        assertEquals(201, granted.status(), granted.body());
        String grantId = (String) granted.json().get("id");

        ApiClient.Answer disclosed = api.postJson("/api/v1/hall/disclosures", hall, disclosureRequest);
        assertEquals(200, disclosed.status(), disclosed.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) disclosed.json().get("disclosure");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) document.get("fields");
        assertEquals(
                List.of("ZZMC", "ZZBH", "CZZT", "CZZTDM", "KZ_JYCS", "KZ_ZTYT", "ZZYXQJZRQ"),
                List.copyOf(fields.keySet()));
        assertFalse(fields.containsKey("KZ_FDDBR"), "a field outside the profile never leaves");
        byte[] signed = DisclosureEvidence.verify((String) disclosed.json().get("evidence"), repositoryKey.verifiers())
                .orElseThrow();
        assertEquals(Json.write(document), new String(signed, StandardCharsets.UTF_8));

        String otherHall = apiKeys.create("other-hall", Role.HALL, "11440103MB2C11118".substring(0, 17) + "X");
        assertEquals(
                403,
                api.postJson("/api/v1/hall/disclosures", otherHall, disclosureRequest)
                        .status());
        assertEquals(
                403,
                api.postJson(
                                "/api/v1/hall/disclosures",
                                hall,
                                Map.of(
                                        "licenceId",
                                        licence,
                                        "serviceItemCode",
                                        "440106-GS-002",
                                        "caseNumber",
                                        "GZ-2026-0001"))
                        .status());

        ApiClient.Answer withdrawn = api.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(baseUrl() + "/api/v1/holder/grants/" + grantId))
                        .DELETE(),
                holder);
        assertEquals("WITHDRAWN", withdrawn.json().get("state"), withdrawn.body());
        assertEquals(
                403,
                api.postJson("/api/v1/hall/disclosures", hall, disclosureRequest)
                        .status());

        ApiClient.Answer noReason = api.postJson(
                "/api/v1/hall/lookups",
                hall,
                Map.of("kind", "BY_FUNCTION", "licenceId", licence, "serviceItemCode", ITEM, "caseNumber", "JC-1"));
        assertEquals("missing-field", noReason.json().get("code"));
        ApiClient.Answer byFunction = api.postJson(
                "/api/v1/hall/lookups",
                hall,
                Map.of(
                        "kind",
                        "BY_FUNCTION",
                        "licenceId",
                        licence,
                        "serviceItemCode",
                        ITEM,
                        "caseNumber",
                        "JC-1",
                        "reason",
                        "食品安全监督检查"));
        assertEquals(200, byFunction.status(), byFunction.body());

        List<Map<String, Object>> uses = api.get("/api/v1/holder/uses", holder).jsonList();
        assertEquals(
                List.of("BY_FUNCTION", "CONSENT"),
                uses.stream().map(u -> u.get("kind")).toList());
        assertEquals("GZ-2026-0001", uses.get(1).get("caseNumber"));
    }

    @Test
    void holdersSeeOnlyTheirOwnAndForgedTokensAreRefused() {
        ApiClient api = api();
        String company = holderToken(api, 0);
        String physician =
                holderToken(api, api.get("/dev-idp/holders", null).jsonList().size() - 1);
        String companyLicence = firstLicence(api, company);
        List<Map<String, Object>> theirs =
                api.get("/api/v1/holder/licences", physician).jsonList();
        assertTrue(theirs.stream().noneMatch(l -> l.get("id").equals(companyLicence)));
        ApiClient.Answer foreign =
                api.postJson("/api/v1/holder/licences/" + companyLicence + "/presentations", physician, Map.of());
        assertEquals("licence-not-found", foreign.json().get("code"));

        String forged = company.substring(0, company.lastIndexOf('.') + 1) + "AAAA"
                + company.substring(company.lastIndexOf('.') + 5);
        ApiClient.Answer refused = api.get("/api/v1/holder/licences", forged);
        assertEquals(401, refused.status());
        assertEquals("unauthenticated", refused.json().get("code"));
        assertEquals(401, api.get("/api/v1/holder/licences", null).status());
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}
