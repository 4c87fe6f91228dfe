package dev.zhengzhao.verifierapi.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.zhengzhao.core.postgres.PostgresAuditTrail;
import dev.zhengzhao.core.postgres.PostgresCatalogue;
import dev.zhengzhao.core.postgres.PostgresChangeFeed;
import dev.zhengzhao.core.postgres.PostgresLicenceReader;
import dev.zhengzhao.core.postgres.PostgresLicenceWriter;
import dev.zhengzhao.core.postgres.SchemaMigrations;
import dev.zhengzhao.verifierapi.audit.BatchingAuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repository: production PostgreSQL by URL, or the embedded default; schema migrated at start. */
@Configuration(proxyBeanMethods = false)
public class RepositoryConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RepositoryConfiguration.class);

    /** Started only when no database URL is configured; stopped with the context. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return EmbeddedDatabase.none();
        }
        try {
            Files.createDirectories(properties.embeddedDataDirectory());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.embeddedDataDirectory())
                    .setCleanDataDirectory(false)
                    .start();
            log.info(
                    "embedded PostgreSQL started, data in {}",
                    properties.embeddedDataDirectory().toAbsolutePath());
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot start the embedded PostgreSQL in "
                            + properties.embeddedDataDirectory().toAbsolutePath()
                            + "; set zz.database.url to use a server",
                    e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (embedded.running()) {
            config.setJdbcUrl(embedded.jdbcUrl());
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        }
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("zz-db");
        config.setConnectionTimeout(3000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(config);
        int applied = SchemaMigrations.migrate(ds);
        if (applied > 0) {
            log.info("database schema: {} migration(s) applied", applied);
        }
        return ds;
    }

    @Bean
    PostgresLicenceReader licenceReader(DataSource ds) {
        return new PostgresLicenceReader(ds);
    }

    @Bean
    PostgresLicenceWriter licenceWriter(DataSource ds) {
        return new PostgresLicenceWriter(ds);
    }

    @Bean
    PostgresChangeFeed changeFeed(DataSource ds) {
        return new PostgresChangeFeed(ds);
    }

    @Bean
    PostgresCatalogue catalogue(DataSource ds) {
        return new PostgresCatalogue(ds);
    }

    /** Audit entries reach PostgreSQL in batches from one writer; see BatchingAuditTrail. */
    @Bean(destroyMethod = "close")
    BatchingAuditTrail auditTrail(DataSource ds) {
        return new BatchingAuditTrail(new PostgresAuditTrail(ds), 100_000);
    }

    /** The embedded PostgreSQL, or nothing when a server is configured. */
    public record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        boolean running() {
            return postgres != null;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
