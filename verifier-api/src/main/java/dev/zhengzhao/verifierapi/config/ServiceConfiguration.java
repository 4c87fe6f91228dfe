package dev.zhengzhao.verifierapi.config;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.issue.AmendLicence;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.LicencePreparation;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.postgres.PostgresLicenceReader;
import dev.zhengzhao.core.postgres.PostgresRenditionStore;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.verifierapi.access.ApiKeys;
import dev.zhengzhao.verifierapi.access.BodyLimitFilter;
import dev.zhengzhao.verifierapi.access.CallerFilter;
import dev.zhengzhao.verifierapi.access.PublicRateLimiter;
import dev.zhengzhao.verifierapi.demo.DemoSeeder;
import dev.zhengzhao.verifierapi.holder.HolderTokens;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import dev.zhengzhao.verifierapi.status.LocalStatusCache;
import dev.zhengzhao.verifierapi.status.RedisStatusCache;
import dev.zhengzhao.verifierapi.status.StatusCache;
import dev.zhengzhao.verifierapi.verification.Credentials;
import dev.zhengzhao.verifierapi.verification.OnlineVerification;
import dev.zhengzhao.verifierapi.verification.PresentationCheck;
import dev.zhengzhao.verifierapi.web.CallerArgument;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires core's use cases, the status cache, access control and the demo. */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgument());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LicencePreparation licencePreparation(TypeCatalogue catalogue, IssuerRegistry issuers, Clock clock) {
        return new LicencePreparation(catalogue, issuers, clock);
    }

    @Bean
    IssueLicence issueLicence(
            LicencePreparation preparation, IssuerSigners signers, LicenceWriter writer, Clock clock) {
        return new IssueLicence(preparation, signers, writer, clock, new SecureRandom());
    }

    @Bean
    AmendLicence amendLicence(
            LicencePreparation preparation,
            IssuerSigners signers,
            LicenceReader reader,
            LicenceWriter writer,
            Clock clock) {
        return new AmendLicence(preparation, signers, reader, writer, clock);
    }

    @Bean
    ChangeLicenceStatus changeLicenceStatus(LicenceWriter writer, Clock clock) {
        return new ChangeLicenceStatus(writer, clock);
    }

    @Bean
    PostgresRenditionStore renditionStore(DataSource dataSource) {
        return new PostgresRenditionStore(dataSource);
    }

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

    @Bean
    OnlineVerification onlineVerification(
            Credentials credentials,
            PresentationCheck presentations,
            TrustProperties trust,
            CachedStatusLookup status,
            AuditTrail audit,
            Clock clock,
            MeterRegistry meters) {
        return new OnlineVerification(
                credentials, presentations, trust.homeJurisdiction(), status, audit, clock, meters);
    }

    @Bean
    ApiKeys apiKeys(DataSource dataSource) {
        return new ApiKeys(dataSource);
    }

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

    /*
     * Tomcat looks each filter of a request up under one shared lock, and request threads queued on
     * it behind a descheduled holder (docs/benchmarks.md, "lock contention"); each filter also costs
     * its own work. So the service runs only the filters it needs: the DispatcherServlet sets the
     * request context itself, and the container, not a filter, makes UTF-8 the request encoding.
     */

    @Bean
    RequestContextFilter requestContextFilter() {
        return new RequestContextFilter();
    }

    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilterUnregistered(RequestContextFilter filter) {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> utf8Requests() {
        return factory -> factory.addContextCustomizers(context -> {
            context.setRequestCharacterEncoding(StandardCharsets.UTF_8.name());
        });
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

    @Bean
    DemoSeeder demoSeeder(
            DemoProperties demo,
            TypeCatalogue catalogue,
            IssuerRegistry issuers,
            IssueLicence issue,
            ChangeLicenceStatus changeStatus,
            CachedStatusLookup statusCache,
            ApiKeys apiKeys,
            ConsentStore consent,
            dev.zhengzhao.verifierapi.signing.SigningConfiguration.DemoTrust demoTrust,
            Clock clock,
            ApplicationContext context) {
        return new DemoSeeder(
                demo,
                catalogue,
                issuers,
                issue,
                changeStatus,
                statusCache,
                apiKeys,
                consent,
                demoTrust,
                clock,
                context);
    }
}
