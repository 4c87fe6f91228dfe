package dev.zhengzhao.verifierapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.format.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 粤港澳: a Hong Kong credential, which this Guangdong repository does not hold, is verified through
 * the bridge; once the bridge's cross-certificate for the Hong Kong root is revoked it fails with
 * that reason, while Guangdong's own licences are untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossBorderIT {
    private static Path demoDir;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        demoDir = DemoService.register(registry);
    }

    @Autowired
    Environment environment;

    @Test
    @SuppressWarnings("unchecked")
    void hongKongCredentialVerifiesThroughTheBridgeUntilTheCrossCertificateIsRevoked() throws Exception {
        ApiClient api = new ApiClient(environment.getProperty("local.server.port", Integer.class));
        Map<String, Object> credentials = Json.parseObject(Files.readString(demoDir.resolve("credentials.json")));
        String hall = (String) credentials.get("hallApiKey");
        Map<String, Object> hk = (Map<String, Object>) credentials.get("crossBorderSample");
        String guangdongQr = (String) ((List<Map<String, Object>>) credentials.get("sampleLicences"))
                .get(0)
                .get("qr");

        ApiClient.Answer before = api.postJson("/api/v1/verify", hall, Map.of("qr", hk.get("qr")));
        assertEquals("VALID", before.json().get("outcome"), before.body());
        assertEquals("HK", before.json().get("jurisdiction"), before.body());
        List<String> path = (List<String>) before.json().get("certificatePath");
        assertEquals(
                5,
                path.size(),
                "HK signer, HK issuing CA, HK root (by the bridge), bridge (by GD root), GD root: " + path);
        assertTrue(before.body().contains("\"name\":\"status\",\"result\":\"SKIPPED\""), before.body());

        ApiClient.Answer revoked = api.postJson(
                "/api/v1/pki/revocations",
                (String) credentials.get("operatorApiKey"),
                Map.of("ca", hk.get("bridgeCa"), "serialHex", hk.get("crossCertificateSerialHex"), "reason", 5));
        assertEquals(200, revoked.status(), revoked.body());

        ApiClient.Answer after = api.postJson("/api/v1/verify", hall, Map.of("qr", hk.get("qr")));
        assertEquals("INVALID", after.json().get("outcome"), after.body());
        assertTrue(
                after.body().contains("\"name\":\"trust\",\"result\":\"FAILED\",\"reason\":\"revoked\""), after.body());

        ApiClient.Answer home = api.postJson("/api/v1/verify", hall, Map.of("qr", guangdongQr));
        assertEquals("VALID", home.json().get("outcome"), "cutting Hong Kong off leaves Guangdong's licences alone");
    }
}
