package dev.zhengzhao.verifierapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.fppt.jedismock.RedisServer;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.testing.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With its Redis gone the service keeps verifying, from PostgreSQL, and says so in readiness. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisOutageIT {
    private static RedisServer redis;
    private static Path demoDir;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        redis = TestRedis.startPrivate();
        demoDir = DemoService.register(registry, () -> "redis://" + redis.getHost() + ":" + redis.getBindPort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (redis != null) {
            redis.stop();
        }
    }

    @Autowired
    Environment environment;

    @Test
    void verificationFallsBackToPostgresqlWhenRedisIsDown() throws Exception {
        ApiClient api = new ApiClient(environment.getProperty("local.server.port", Integer.class));
        Map<String, Object> credentials = Json.parseObject(Files.readString(demoDir.resolve("credentials.json")));
        String hall = (String) credentials.get("hallApiKey");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> samples = (List<Map<String, Object>>) credentials.get("sampleLicences");
        Map<String, Object> valid = samples.get(0);
        Map<String, Object> revoked = samples.get(2);

        assertEquals(
                "VALID",
                api.postJson("/api/v1/verify", hall, Map.of("qr", valid.get("qr")))
                        .json()
                        .get("outcome"));
        redis.stop();
        redis = null;
        assertEquals(
                "VALID",
                api.postJson("/api/v1/verify", hall, Map.of("qr", valid.get("qr")))
                        .json()
                        .get("outcome"));
        assertEquals(
                "INVALID",
                api.postJson("/api/v1/verify", hall, Map.of("qr", revoked.get("qr")))
                        .json()
                        .get("outcome"));
        ApiClient.Answer readiness = api.get("/actuator/health/readiness", null);
        assertEquals(200, readiness.status(), readiness.body());
    }
}
