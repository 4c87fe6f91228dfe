package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.verifierapi.status.RedisStatusCache;
import dev.zhengzhao.verifierapi.status.StatusCache;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** API keys, holder tokens and the public rate limit: who the caller of a request is. */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    ApiKeys apiKeys(DataSource dataSource) {
        return new ApiKeys(dataSource);
    }

    /** Shared through Redis when the deployment has one (the status cache's client), else per node. */
    @Bean
    PublicRateLimiter publicRateLimiter(StatusCache cache, LimitsProperties limits) {
        if (cache instanceof RedisStatusCache redis) {
            var connection = redis.client().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            var buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .requestTimeout(Duration.ofMillis(200))
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(2)))
                    .build();
            var config = PublicRateLimiter.perMinute(limits.publicRequestsPerMinute());
            return new PublicRateLimiter(key -> buckets.builder().build(key, () -> config));
        }
        return PublicRateLimiter.local(limits.publicRequestsPerMinute());
    }

    @Bean
    FilterRegistrationBean<CallerFilter> callerFilter(
            ApiKeys keys,
            HolderTokens holders,
            PublicRateLimiter limiter,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        FilterRegistrationBean<CallerFilter> registration =
                new FilterRegistrationBean<>(new CallerFilter(keys, holders, limiter, errors));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            LimitsProperties limits, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-100);
        return registration;
    }
}
