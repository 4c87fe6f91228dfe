package dev.zhengzhao.verifierapi.status;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The status cache.
 *
 * @param redisUrl {@code redis://host:port} of the shared Redis; when empty, an in-process cache
 *     (one node only) is used
 * @param statusTtl how long a cached status lives when no change invalidates it
 * @param redisTimeout how long a Redis call may take before the service falls back to PostgreSQL
 * @param secondInvalidationDelay after a change the key is deleted at once and again after this
 *     delay, which closes the race with a reader that fetched the old status just before the
 *     change; the revocation bound is this delay plus one Redis round trip
 */
@ConfigurationProperties("zz.cache")
public record CacheProperties(
        URI redisUrl,
        @DefaultValue("30s") Duration statusTtl,
        @DefaultValue("200ms") Duration redisTimeout,
        @DefaultValue("500ms") Duration secondInvalidationDelay) {
    public CacheProperties {
        if (redisUrl != null && !"redis".equals(redisUrl.getScheme()) && !"rediss".equals(redisUrl.getScheme())) {
            throw new IllegalArgumentException("zz.cache.redis-url must be redis://host:port, got " + redisUrl);
        }
        if (secondInvalidationDelay.compareTo(Duration.ofMillis(900)) > 0) {
            throw new IllegalArgumentException(
                    "zz.cache.second-invalidation-delay must stay under 900ms to keep the 1 s revocation bound");
        }
    }
}
