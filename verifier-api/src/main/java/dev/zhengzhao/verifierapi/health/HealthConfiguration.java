package dev.zhengzhao.verifierapi.health;

import dev.zhengzhao.verifierapi.status.StatusCache;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness includes the database (a node that cannot reach PostgreSQL cannot issue or learn
 * status) and reports the status cache. A Redis outage keeps the node ready: verification falls
 * back to PostgreSQL, and the detail says so.
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean("dbHealthIndicator")
    HealthIndicator databaseHealth(DataSource dataSource) {
        return () -> {
            try (Connection c = dataSource.getConnection()) {
                return c.isValid(2)
                        ? Health.up()
                                .withDetail("database", "PostgreSQL answers")
                                .build()
                        : Health.down()
                                .withDetail("database", "PostgreSQL does not answer")
                                .build();
            } catch (SQLException e) {
                return Health.down()
                        .withDetail("database", "no connection to PostgreSQL")
                        .build();
            }
        };
    }

    @Bean("statusCacheHealthIndicator")
    HealthIndicator statusCacheHealth(StatusCache cache) {
        return () -> cache.available()
                ? Health.up().withDetail("cache", cache.describe()).build()
                : Health.up()
                        .withDetail("cache", cache.describe() + " is down; status is read from PostgreSQL")
                        .withDetail("degraded", true)
                        .build();
    }
}
