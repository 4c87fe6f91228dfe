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
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Bad input on every kind of route: RFC 9457 problem JSON with a stable code, and nothing from
 * inside the service (no exception names, no stack frames).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIT extends DemoApiTest {
    @Test
    void badInputGetsProblemJsonWithoutInternals() throws Exception {
        ApiClient api = api();
        String issuer = key("issuerApiKey");
        String hall = key("hallApiKey");
        Map<String, ApiClient.Answer> answers = new HashMap<>();
        answers.put("malformed-body", api.post("/api/v1/licences", issuer, "application/json", "{\"number\": "));
        answers.put("unsupported-media-type", api.post("/api/v1/verify", hall, "text/plain", "hello"));
        answers.put("malformed-licence-id", api.get("/api/v1/licences/1.2.156.3005.2.nope/status", hall));
        answers.put("licence-not-found", api.get("/api/v1/licences/" + unknownId() + "/status", hall));
        answers.put("not-a-pdf", api.postBytes("/api/v1/verify/pdf", hall, "application/pdf", "hello".getBytes()));
        answers.put("unauthenticated", api.postJson("/api/v1/licences", "zz_wrong", issueRequest("X")));
        answers.put("role-not-allowed", api.postJson("/api/v1/licences", hall, issueRequest("X")));
        answers.put("illegal-status-transition", resumeAValidLicence(api, issuer));
        answers.put("missing-field", api.postJson("/api/v1/verify", hall, Map.of()));
        answers.put("not-found", api.get("/api/v1/nothing-here", hall));
        answers.put("payload-too-large", api.postJson("/api/v1/verify", hall, Map.of("qr", "x".repeat(300_000))));
        for (var e : answers.entrySet()) {
            ApiClient.Answer a = e.getValue();
            assertTrue(
                    a.contentType().startsWith("application/problem+json"),
                    e.getKey() + ": " + a.contentType() + " " + a.body());
            assertEquals(e.getKey(), a.json().get("code"), a.body());
            assertTrue(((String) a.json().get("type")).endsWith("/" + e.getKey()));
            assertFalse(a.body().contains("Exception"), a.body());
            assertFalse(a.body().contains("at dev.zhengzhao"), a.body());
        }
        ApiClient.Answer garbage = api.postJson("/api/v1/verify", hall, Map.of("qr", "ZZ1:%%%%garbage"));
        assertEquals(200, garbage.status());
        assertEquals("INVALID", garbage.json().get("outcome"));
    }

    /** The QR routes read and write their bodies themselves; their refusals must match every other route's. */
    @Test
    void qrRoutesRefuseBadBodiesLikeEveryOtherRoute() {
        ApiClient api = api();
        String hall = key("hallApiKey");
        @SuppressWarnings("unchecked") // the demo credentials file
        String qr = (String) ((List<Map<String, Object>>) credentials().get("sampleLicences"))
                .get(0)
                .get("qr");
        for (String route : List.of("/api/v1/verify", "/api/v1/public/verify")) {
            String key = route.contains("public") ? null : hall;
            Map<String, String> malformed =
                    Map.of("truncated", "{\"qr\": ", "empty", "", "null", "null", "array", "[\"" + qr + "\"]");
            for (var body : malformed.entrySet()) {
                ApiClient.Answer a = api.post(route, key, "application/json", body.getValue());
                assertEquals(400, a.status(), route + " " + body.getKey() + ": " + a.body());
                assertEquals("malformed-body", a.json().get("code"), a.body());
            }
            assertEquals(
                    "unsupported-media-type",
                    api.post(route, key, "text/plain", qr).json().get("code"));
            ApiClient.Answer xml = api.send(
                    java.net.http.HttpRequest.newBuilder(api.uri(route))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/xml")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(Map.of("qr", qr)))),
                    key);
            assertEquals(406, xml.status(), xml.body());
            assertTrue(xml.contentType().startsWith("application/problem+json"), xml.contentType());
            ApiClient.Answer ok = api.postJson(route, key, Map.of("qr", qr));
            assertEquals(200, ok.status(), ok.body());
            assertEquals("application/json", ok.contentType());
            assertEquals("VALID", ok.json().get("outcome"), ok.body());
        }
    }

    private ApiClient.Answer resumeAValidLicence(ApiClient api, String issuer) throws Exception {
        String id = (String) api.postJson("/api/v1/licences", issuer, issueRequest("E2E-0005"))
                .json()
                .get("id");
        return api.postJson("/api/v1/licences/" + id + "/status", issuer, Map.of("action", "RESUME"));
    }

    private static String unknownId() {
        return new dev.zhengzhao.core.licence.LicenceId(
                        DemoCatalogue.FOOD, DemoCatalogue.GUANGZHOU_MARKET, "UNKNOWN0000000000000", 1)
                .text();
    }
}
