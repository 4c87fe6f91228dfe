package dev.zhengzhao.tools.repository;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import javax.sql.DataSource;

/**
 * A Hikari connection pool on a PostgreSQL JDBC URL, for one command run. A URL that is not
 * PostgreSQL or a server that does not answer becomes one {@link ZhengzhaoException} whose message
 * names the server without its password.
 */
final class RepositoryPool implements AutoCloseable {
    static {
        // tools ships no SLF4J backend; without this, Hikari's first log call prints a multi-line
        // "no providers" warning on stderr, which would break the one-line error contract.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    private final HikariDataSource dataSource;

    private RepositoryPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens a pool of {@code size} connections and checks that the server answers. */
    static RepositoryPool open(String url, int size) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "--db must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        if (url.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]rewritebatchedinserts=true.*")) {
            // the driver then answers SUCCESS_NO_INFO for batched rows, and the repository's batch
            // writer reads per-row counts to tell stored rows from duplicates
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    "remove reWriteBatchedInserts=true from --db: it hides which batched licences were stored");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("zz-repository");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(10_000);
        try {
            return new RepositoryPool(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new ZhengzhaoException(
                    ErrorCode.STORAGE_UNAVAILABLE, "cannot connect to " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** The URL with any password replaced, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
