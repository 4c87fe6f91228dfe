package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.StatusView;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * Status in Redis, shared by every node. No node keeps a private copy, so a deletion after a
 * change is seen by all nodes at once. Commands fail fast while Redis is unreachable.
 */
public final class RedisStatusCache implements StatusCache, AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final Duration ttl;
    private final String address;

    public RedisStatusCache(RedisClient client, String address, Duration ttl, Duration timeout) {
        this.client = client;
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        this.connection = client.connect();
        this.connection.setTimeout(timeout);
        this.redis = connection.sync();
        this.ttl = ttl;
        this.address = address;
    }

    public static RedisStatusCache connect(java.net.URI uri, Duration ttl, Duration timeout) {
        return new RedisStatusCache(
                RedisClient.create(RedisURI.create(uri)), uri.getHost() + ":" + uri.getPort(), ttl, timeout);
    }

    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    public RedisClient client() {
        return client;
    }

    @Override
    public Optional<StatusView> get(LicenceId id) {
        String value = redis.get(StatusCodec.key(id));
        return value == null ? Optional.empty() : Optional.of(StatusCodec.decode(id, value));
    }

    @Override
    public void put(StatusView view) {
        redis.psetex(StatusCodec.key(view.id()), ttl.toMillis(), StatusCodec.encode(view));
    }

    @Override
    public void evict(LicenceId id) {
        redis.del(StatusCodec.key(id));
    }

    @Override
    public boolean available() {
        try {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "redis " + address;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
