package dev.zhengzhao.verifierapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.verifierapi.demo.DemoCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service end to end, on real PostgreSQL and Redis: issue → verify QR → verify PDF → revoke →
 * verify says REVOKED within the bound → the change feed shows each event. The demo seeding
 * provides the keys and API keys, exactly as a person trying the service gets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationServiceIT extends DemoApiTest {
    @Test
    void issueVerifySealRevokeAndFollowTheFeed() throws Exception {
        ApiClient api = api();
        String issuer = key("issuerApiKey");
        String hall = key("hallApiKey");

        ApiClient.Answer issued = api.postJson("/api/v1/licences", issuer, issueRequest("E2E-0001"));
        assertEquals(201, issued.status(), issued.body());
        String id = (String) issued.json().get("id");
        String qr = (String) issued.json().get("qrText");
        assertTrue(qr.startsWith("ZZ1:"), qr);

        ApiClient.Answer verified = api.postJson("/api/v1/verify", hall, Map.of("qr", qr));
        assertEquals(200, verified.status(), verified.body());
        assertEquals("VALID", verified.json().get("outcome"), verified.body());
        assertEquals("GD", verified.json().get("jurisdiction"), "the signer chains to the Guangdong root");
        assertEquals(3, ((List<?>) verified.json().get("certificatePath")).size(), verified.body());

        ApiClient.Answer pdf = api.get("/api/v1/licences/" + id + "/pdf", issuer);
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.bytes(), 0, 5).startsWith("%PDF-"));
        ApiClient.Answer pdfReport = api.postBytes("/api/v1/verify/pdf", hall, "application/pdf", pdf.bytes());
        assertEquals("VALID", pdfReport.json().get("outcome"), pdfReport.body());

        ApiClient.Answer png = api.get("/api/v1/licences/" + id + "/qr.png", issuer);
        assertEquals("image/png", png.contentType());

        ApiClient.Answer revoked = api.postJson(
                "/api/v1/licences/" + id + "/status", issuer, Map.of("action", "REVOKE", "reason", "测试吊销"));
        assertEquals(200, revoked.status(), revoked.body());
        long revokedAt = System.nanoTime();
        // The stated bound: every node reports the revocation within 1 second.
        String outcome;
        do {
            outcome = (String) api.postJson("/api/v1/verify", hall, Map.of("qr", qr))
                    .json()
                    .get("outcome");
        } while (!outcome.equals("INVALID") && System.nanoTime() - revokedAt < 1_000_000_000L);
        ApiClient.Answer after = api.postJson("/api/v1/verify", hall, Map.of("qr", qr));
        assertEquals("INVALID", after.json().get("outcome"));
        assertTrue(after.body().contains("\"reason\":\"revoked\""), after.body());
        ApiClient.Answer pdfAfter = api.postBytes("/api/v1/verify/pdf", hall, "application/pdf", pdf.bytes());
        assertEquals("INVALID", pdfAfter.json().get("outcome"));

        List<String> kinds = feedKinds(api, hall, id);
        assertEquals(List.of("ISSUED", "REVOKED"), kinds);
    }

    @Test
    void amendingMakesTheOldQrReportTheNewerVersion() throws Exception {
        ApiClient api = api();
        String issuer = key("issuerApiKey");
        ApiClient.Answer issued = api.postJson("/api/v1/licences", issuer, issueRequest("E2E-0002"));
        String id = (String) issued.json().get("id");
        Map<String, Object> changed = issueRequest("E2E-0002");
        changed.put("fields", Map.of("KZ_JYCS", "广州市海珠区新址8号", "KZ_ZTYT", "食品销售经营者"));
        ApiClient.Answer amended = api.postJson(
                "/api/v1/licences/" + id + "/versions", issuer, Map.of("licence", changed, "reason", "地址变更"));
        assertEquals(201, amended.status(), amended.body());
        assertEquals(2, ((Number) amended.json().get("version")).intValue());
        ApiClient.Answer old = api.postJson("/api/v1/verify", key("hallApiKey"), Map.of("qr", (String)
                issued.json().get("qrText")));
        assertEquals("INVALID", old.json().get("outcome"));
        assertTrue(old.body().contains("\"reason\":\"superseded\""), old.body());
    }

    @Test
    void publicVerificationMasksPersonalData() throws Exception {
        ApiClient api = api();
        @SuppressWarnings("unchecked")
        Map<String, Object> sample = ((List<Map<String, Object>>) credentials().get("sampleLicences")).get(0);
        ApiClient.Answer answer = api.postJson("/api/v1/public/verify", null, Map.of("qr", sample.get("qr")));
        assertEquals(200, answer.status(), answer.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> licence = (Map<String, Object>) answer.json().get("licence");
        assertTrue(((String) licence.get("holderName")).contains("*"), answer.body());
        assertTrue(((String) licence.get("holderId")).contains("****"), answer.body());
        assertFalse(answer.body().contains("广州市示例餐饮管理有限公司"));

        // the register lookup takes the holder's exact name, in UTF-8; it confirms that name and
        // withholds the holder's identifier
        String register = "/api/v1/public/register?number=" + sample.get("number") + "&holderName=";
        ApiClient.Answer found = api.get(
                register + java.net.URLEncoder.encode("广州市示例餐饮管理有限公司", java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(200, found.status(), found.body());
        assertTrue(
                found.body().startsWith("[{") && found.body().contains("\"" + sample.get("id") + "\""), found.body());
        assertTrue(found.body().contains("\"holderName\":\"广州市示例餐饮管理有限公司\",\"holderId\":null"), found.body());
        assertEquals("[]", api.get(register + "%E5%B9%BF%E5%B7%9E", null).body());
    }

    @Test
    void idempotencyKeyReplaysAndRefusesADifferentBody() throws Exception {
        ApiClient api = api();
        String issuer = key("issuerApiKey");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + environment.getProperty("local.server.port") + "/api/v1/licences"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "it-key-1");
        ApiClient.Answer first = api.send(request.copy().POST(body(issueRequest("E2E-0003"))), issuer);
        ApiClient.Answer again = api.send(request.copy().POST(body(issueRequest("E2E-0003"))), issuer);
        assertEquals(first.json().get("id"), again.json().get("id"));
        ApiClient.Answer other = api.send(request.copy().POST(body(issueRequest("E2E-0004"))), issuer);
        assertEquals(409, other.status());
        assertEquals("idempotency-key-reused", other.json().get("code"));
    }

    private static java.net.http.HttpRequest.BodyPublisher body(Object json) {
        return java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(json));
    }

    @Test
    void bulkIssueStreamsPerLineResults() throws Exception {
        ApiClient api = api();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            ndjson.append(Json.write(issueRequest("BULK-IT-" + i))).append('\n');
        }
        ndjson.append("{not json}\n");
        ndjson.append(Json.write(issueRequest("BULK-IT-3"))).append('\n');
        ApiClient.Answer answer =
                api.post("/api/v1/licences:bulk", key("issuerApiKey"), "application/x-ndjson", ndjson.toString());
        assertEquals(200, answer.status(), answer.body());
        List<String> lines = answer.body().lines().toList();
        Map<String, Object> summary = Json.parseObject(lines.getLast());
        assertEquals(30, ((Number) summary.get("issued")).intValue(), answer.body());
        assertEquals(2, ((Number) summary.get("failed")).intValue());
        assertTrue(answer.body().contains("\"line\":31,\"error\":\"malformed-body\""), answer.body());
        assertTrue(answer.body().contains("\"line\":32,\"error\":\"duplicate-licence-number\""), answer.body());
    }

    @Test
    void everyEndpointRefusesTheRolesThatMayNotCallIt() throws Exception {
        ApiClient api = api();
        String issuer = key("issuerApiKey");
        String hall = key("hallApiKey");
        String operator = key("operatorApiKey");
        String id = (String) api.postJson("/api/v1/licences", issuer, issueRequest("E2E-ROLES"))
                .json()
                .get("id");
        String qr = (String) api.get("/api/v1/licences/" + id, issuer).json().get("qrText");
        String holder = (String) api.postJson(
                        "/dev-idp/token",
                        null,
                        Map.of(
                                "holderIdType",
                                "001",
                                "holderId",
                                issueRequest("X").get("holderId")))
                .json()
                .get("access_token");
        byte[] notAPdf = "%PDF-1.7 not really".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // Calls an allowed role may make without changing anything others rely on: bodies that pass the
        // role check and then fail validation (400/404/409) are fine; only 401/403 mean "refused".
        record Call(String name, java.util.function.Function<String, ApiClient.Answer> call, List<String> allowed) {}
        List<String> writers = List.of("issuer", "operator");
        List<String> verifiers = List.of("issuer", "hall", "operator");
        List<String> everyone = List.of("public", "issuer", "hall", "operator", "holder");
        List<Call> calls = List.of(
                new Call("issue", k -> api.postJson("/api/v1/licences", k, Map.of()), writers),
                new Call("bulk", k -> api.post("/api/v1/licences:bulk", k, "application/x-ndjson", "{}\n"), writers),
                new Call("amend", k -> api.postJson("/api/v1/licences/" + id + "/versions", k, Map.of()), writers),
                new Call(
                        "status change",
                        k -> api.postJson("/api/v1/licences/" + id + "/status", k, Map.of("action", "RESUME")),
                        writers),
                new Call("read", k -> api.get("/api/v1/licences/" + id, k), writers),
                new Call("history", k -> api.get("/api/v1/licences/" + id + "/history", k), writers),
                new Call("qr.svg", k -> api.get("/api/v1/licences/" + id + "/qr.svg", k), writers),
                new Call("qr.png", k -> api.get("/api/v1/licences/" + id + "/qr.png", k), writers),
                new Call("pdf", k -> api.get("/api/v1/licences/" + id + "/pdf", k), writers),
                new Call("status", k -> api.get("/api/v1/licences/" + id + "/status", k), verifiers),
                new Call("verify", k -> api.postJson("/api/v1/verify", k, Map.of("qr", qr)), verifiers),
                new Call(
                        "verify/pdf",
                        k -> api.postBytes("/api/v1/verify/pdf", k, "application/pdf", notAPdf),
                        verifiers),
                new Call("changes", k -> api.get("/api/v1/changes?limit=1", k), verifiers),
                new Call("disclosures", k -> api.postJson("/api/v1/hall/disclosures", k, Map.of()), List.of("hall")),
                new Call("lookups", k -> api.postJson("/api/v1/hall/lookups", k, Map.of()), List.of("hall")),
                new Call(
                        "revocations",
                        k -> api.postJson("/api/v1/pki/revocations", k, Map.of("ca", "nope")),
                        List.of("operator")),
                new Call("holder licences", k -> api.get("/api/v1/holder/licences", k), List.of("holder")),
                new Call("holder grants", k -> api.get("/api/v1/holder/grants", k), List.of("holder")),
                new Call("holder uses", k -> api.get("/api/v1/holder/uses", k), List.of("holder")),
                new Call("public verify", k -> api.postJson("/api/v1/public/verify", k, Map.of("qr", qr)), everyone),
                new Call("public register", k -> api.get("/api/v1/public/register?number=x&holderName=y", k), everyone),
                new Call("service items", k -> api.get("/api/v1/service-items", k), everyone),
                new Call("trust list", k -> api.get("/api/v1/trust-lists/GD", k), everyone));
        Map<String, String> keys = new HashMap<>();
        keys.put("public", null);
        keys.put("issuer", issuer);
        keys.put("hall", hall);
        keys.put("operator", operator);
        keys.put("holder", holder);
        for (Call call : calls) {
            for (var role : keys.entrySet()) {
                ApiClient.Answer answer = call.call().apply(role.getValue());
                boolean refused = answer.status() == 401 || answer.status() == 403;
                boolean allowed = call.allowed().contains(role.getKey());
                assertEquals(
                        !allowed,
                        refused,
                        call.name() + " as " + role.getKey() + ": " + answer.status() + " " + answer.body());
                assertTrue(answer.status() < 500, call.name() + " as " + role.getKey() + ": " + answer.body());
                if (!allowed) {
                    assertEquals(
                            role.getKey().equals("public") ? 401 : 403,
                            answer.status(),
                            call.name() + " as " + role.getKey());
                }
            }
        }
    }

    @Autowired
    dev.zhengzhao.verifierapi.demo.DemoPki demoPki;

    @Autowired
    dev.zhengzhao.verifierapi.signing.IssuerKeyring keyring;

    @Test
    void publishesASignedTrustListAnOfflineVerifierAcceptsAndCrlsThatFollowRevocations() throws Exception {
        ApiClient api = api();
        ApiClient.Answer list = api.get("/api/v1/trust-lists/ALL", null);
        assertEquals(200, list.status(), list.body());
        java.security.cert.X509Certificate bridge = demoPki.authority("bridge").certificate();
        var check = new dev.zhengzhao.crosscert.trustlist.TrustListVerifier(bridge)
                .verify(list.bytes(), java.time.Instant.now(), 0);
        var accepted = (dev.zhengzhao.crosscert.trustlist.TrustListCheck.Accepted) check;
        var offline = new dev.zhengzhao.crosscert.trustlist.TrustListSignerTrust(accepted.list());
        // the Shenzhen signer: no other test here signs with it, so revoking it disturbs none
        var signer = keyring.keys().get(DemoCatalogue.SHENZHEN_MARKET).certificate();
        assertEquals(
                dev.zhengzhao.core.verify.CheckResult.PASSED,
                offline.evaluate(signer, java.time.Instant.now(), DemoCatalogue.FOOD.value())
                        .result());
        assertEquals(404, api.get("/api/v1/trust-lists/XX", null).status());

        ApiClient.Answer before = api.get("/pki/gd-issuing.crl", null);
        assertEquals(200, before.status());
        String serial = signer.getSerialNumber().toString(16);
        ApiClient.Answer revoked = api.postJson(
                "/api/v1/pki/revocations",
                key("operatorApiKey"),
                Map.of("ca", "gd-issuing", "serialHex", serial, "reason", 1));
        assertEquals(200, revoked.status(), revoked.body());
        var crl = (java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCRL(new java.io.ByteArrayInputStream(
                        api.get("/pki/gd-issuing.crl", null).bytes()));
        assertTrue(crl.getRevokedCertificate(signer.getSerialNumber()) != null, "the CRL lists the revoked signer");
        Map<String, Object> delta =
                api.get("/api/v1/trust-lists/ALL/delta?since=1", null).json();
        assertEquals(2, ((Number) delta.get("toSequence")).intValue(), delta.toString());
    }

    @Test
    void describesItselfAndReportsReadinessAndMetrics() {
        ApiClient api = api();
        ApiClient.Answer docs = api.get("/v3/api-docs", null);
        assertEquals(200, docs.status());
        assertTrue(
                docs.body().contains("\"/api/v1/verify\"") && docs.body().contains("\"/api/v1/licences\""),
                docs.body());
        // the QR routes read and write their bodies themselves: their schemas come from the annotations
        for (String route : List.of("/api/v1/verify", "/api/v1/public/verify")) {
            String post = Json.write(((Map<?, ?>) ((Map<?, ?>) docs.json().get("paths")).get(route)).get("post"));
            assertTrue(post.contains("#/components/schemas/QrRequest"), route + " " + post);
            assertTrue(post.contains("#/components/schemas/ReportView"), route + " " + post);
        }
        assertEquals("UP", api.get("/actuator/health/readiness", null).json().get("status"));
        api.postJson("/api/v1/verify", key("hallApiKey"), Map.of("qr", "ZZ1:nonsense"));
        api.post("/api/v1/verify", key("hallApiKey"), "application/json", "{");
        String metrics = api.get("/actuator/prometheus", null).body();
        assertTrue(metrics.contains("zz_verification_seconds_count{form=\"VERIFY_QR\",outcome=\"INVALID\"}"), metrics);
        assertTrue(metrics.contains("zz_problems_total{code=\"malformed-body\"}"), metrics);
        // a QR verification is timed once, by zz_verification; other routes keep Spring's HTTP timer
        assertFalse(metrics.contains("uri=\"/api/v1/verify\""), metrics);
        assertTrue(metrics.contains("uri=\"/v3/api-docs\""), metrics);
    }

    private static List<String> feedKinds(ApiClient api, String key, String licenceId) {
        String cursor = "";
        List<String> kinds = new java.util.ArrayList<>();
        for (int page = 0; page < 1000; page++) {
            Map<String, Object> answer =
                    api.get("/api/v1/changes?limit=500&after=" + cursor, key).json();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> changes = (List<Map<String, Object>>) answer.get("changes");
            if (changes.isEmpty()) {
                break;
            }
            for (Map<String, Object> c : changes) {
                @SuppressWarnings("unchecked")
                Map<String, Object> event = (Map<String, Object>) c.get("event");
                if (licenceId.equals(event.get("licenceId"))) {
                    kinds.add((String) event.get("kind"));
                }
            }
            cursor = (String) answer.get("next");
        }
        return kinds;
    }
}
