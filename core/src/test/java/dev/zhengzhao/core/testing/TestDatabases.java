package dev.zhengzhao.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way every module's integration tests get a real PostgreSQL, chosen once per JVM:
 *
 * <ol>
 *   <li>a Testcontainers PostgreSQL 15 when a Docker engine answers;
 *   <li>otherwise the server named by {@code ZZ_TEST_PG_URL} (a JDBC URL with user; CI sets it to
 *       the local server), in which a fresh database is created for this JVM and dropped at exit;
 *   <li>otherwise an embedded PostgreSQL (real binaries from a jar) in a temporary directory.
 * </ol>
 *
 * Never H2 and never a silent skip: if none of these works the test fails with the reason.
 * {@link #fresh()} gives each test class its own empty database.
 */
public final class TestDatabases {
    /** The JDBC URL of a server where this JVM may create databases. */
    private static final String ADMIN_URL = adminUrl();

    private TestDatabases() {}

    /** A new, empty database on the chosen server. */
    public static DataSource fresh() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(freshUrl());
        return ds;
    }

    /** The JDBC URL (credentials included) of a new, empty database, for code that wants a URL. */
    public static String freshUrl() {
        String name = "zz_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + describe(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return withDatabase(ADMIN_URL, name);
    }

    /** Which server the tests use, for messages. */
    public static String describe() {
        return ADMIN_URL.replaceAll("password=[^&]*", "password=***");
    }

    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the server may already be gone at JVM exit; the database is disposable
        }
    }

    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    private static String adminUrl() {
        if (dockerAvailable()) {
            @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper stops it
            PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15-alpine");
            pg.start();
            return pg.getJdbcUrl() + (pg.getJdbcUrl().contains("?") ? "&" : "?") + "user=" + pg.getUsername()
                    + "&password=" + pg.getPassword();
        }
        String fromEnv = System.getenv("ZZ_TEST_PG_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return embedded();
    }

    private static boolean dockerAvailable() {
        if (!Files.exists(Path.of("/var/run/docker.sock")) && System.getenv("DOCKER_HOST") == null) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("zz-embedded-pg"))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("no Docker, no ZZ_TEST_PG_URL, and embedded PostgreSQL failed to start", e);
        }
    }
}
