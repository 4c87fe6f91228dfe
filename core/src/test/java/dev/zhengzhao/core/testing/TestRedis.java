package dev.zhengzhao.core.testing;

import com.github.fppt.jedismock.RedisServer;
import java.io.IOException;
import java.net.URI;

/**
 * The Redis endpoint for integration tests, chosen once per JVM: the server named by
 * {@code ZZ_TEST_REDIS_URL} (CI sets it to the local Redis), otherwise an in-process server that
 * speaks the Redis protocol (jedis-mock). Tests that need to see Redis go down use {@link #startPrivate()}.
 */
public final class TestRedis {
    private static final URI SHARED = shared();

    private TestRedis() {}

    /** {@code redis://host:port} of the shared test Redis. */
    public static URI uri() {
        return SHARED;
    }

    /** A private in-process Redis the test may stop, to show the service surviving its loss. */
    public static RedisServer startPrivate() {
        try {
            RedisServer server = RedisServer.newRedisServer();
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start an in-process Redis", e);
        }
    }

    private static URI shared() {
        String fromEnv = System.getenv("ZZ_TEST_REDIS_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return URI.create(fromEnv);
        }
        RedisServer server = startPrivate();
        return URI.create("redis://" + server.getHost() + ":" + server.getBindPort());
    }
}
