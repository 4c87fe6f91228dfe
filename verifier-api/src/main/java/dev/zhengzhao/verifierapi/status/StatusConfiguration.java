package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.postgres.PostgresLicenceReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The status cache (Redis, or in-process for one node) and the status lookup in front of PostgreSQL. */
@Configuration(proxyBeanMethods = false)
public class StatusConfiguration {

    @Bean(destroyMethod = "")
    StatusCache statusCache(CacheProperties cache, Clock clock) {
        if (cache.redisUrl() == null) {
            return new LocalStatusCache(cache.statusTtl(), clock);
        }
        return RedisStatusCache.connect(cache.redisUrl(), cache.statusTtl(), cache.redisTimeout());
    }

    /** The status lookup every verification uses: cache first, PostgreSQL behind it. */
    @Bean(destroyMethod = "close")
    @Primary
    CachedStatusLookup statusLookup(
            StatusCache cache, PostgresLicenceReader reader, CacheProperties properties, MeterRegistry meters) {
        return new CachedStatusLookup(cache, reader, properties.secondInvalidationDelay(), meters);
    }
}
