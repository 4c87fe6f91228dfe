package dev.zhengzhao.verifierapi;

import dev.zhengzhao.core.format.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service seeded with the demo data (on the servers {@link DemoService} picks), and the demo
 * credentials a person trying the service gets. Subclasses with the same configuration share one
 * running service, so only tests whose changes cannot disturb each other belong here: CrossBorderIT
 * (revokes a cross-certificate, which moves the trust lists) and HolderFlowIT (grants consents) keep
 * a service of their own.
 */
abstract class DemoApiTest {
    private static Path demoDir;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        demoDir = DemoService.register(registry);
    }

    @Autowired
    Environment environment;

    private static Map<String, Object> credentials;

    ApiClient api() {
        return new ApiClient(environment.getProperty("local.server.port", Integer.class));
    }

    Map<String, Object> credentials() {
        if (credentials == null) {
            try {
                credentials = Json.parseObject(Files.readString(demoDir.resolve("credentials.json")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return credentials;
    }

    String key(String which) {
        return (String) credentials().get(which);
    }

    Map<String, Object> issueRequest(String number) {
        @SuppressWarnings("unchecked")
        Map<String, Object> request =
                new HashMap<>((Map<String, Object>) credentials().get("exampleIssueRequest"));
        request.put("number", number);
        return request;
    }
}
