package dev.zhengzhao.verifierapi.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Explicit limits on what callers may send.
 *
 * @param maxJsonBytes largest JSON request body
 * @param maxUploadBytes largest uploaded image or PDF
 * @param maxBulkItems most licences in one bulk request
 * @param publicRequestsPerMinute requests per minute one public client (by address) may make
 */
@ConfigurationProperties("zz.limits")
public record LimitsProperties(
        @DefaultValue("262144") int maxJsonBytes,
        @DefaultValue("10485760") int maxUploadBytes,
        @DefaultValue("20000") int maxBulkItems,
        @DefaultValue("120") int publicRequestsPerMinute) {}
