package dev.zhengzhao.verifierapi;

import dev.zhengzhao.core.testing.TestDatabases;
import dev.zhengzhao.core.testing.TestRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * How every service integration test runs the service: a fresh database on the test PostgreSQL, a
 * Redis, the demo seeded into a fresh directory (keys, PKI, credentials.json) and the repository key
 * kept there too — the same start a person gets from {@code --demo}.
 */
public final class DemoService {
    private DemoService() {}

    /** With the shared test Redis; returns the demo directory. */
    public static Path register(DynamicPropertyRegistry registry) throws IOException {
        return register(registry, () -> TestRedis.uri().toString());
    }

    /** With the Redis at {@code redisUrl}; returns the demo directory. */
    public static Path register(DynamicPropertyRegistry registry, Supplier<Object> redisUrl) throws IOException {
        Path demoDir = Files.createTempDirectory("zz-demo");
        registry.add("zz.database.url", TestDatabases::freshUrl);
        registry.add("zz.cache.redis-url", redisUrl);
        registry.add("zz.demo.enabled", () -> "true");
        registry.add("zz.demo.directory", demoDir::toString);
        registry.add("zz.signing.local-key-directory", () -> demoDir.resolve("local-keys")
                .toString());
        registry.add("zz.limits.public-requests-per-minute", () -> "1000");
        return demoDir;
    }
}
