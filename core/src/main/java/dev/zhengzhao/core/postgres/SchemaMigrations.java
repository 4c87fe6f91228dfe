package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Applies the Flyway-format migrations shipped in core ({@code db/migration/V{n}__{name}.sql}) in
 * order, once each, recording them in {@code zz_schema_history}. Concurrent starters are
 * serialised by an advisory lock, so several service nodes may start at once. The scripts are
 * plain SQL and also run unchanged under Flyway, should an operator prefer it.
 */
public final class SchemaMigrations {
    /** Every migration, in order. A new script is appended here; applied ones are never edited. */
    static final List<String> SCRIPTS = List.of(
            "V1__licence_repository.sql",
            "V2__access_and_audit.sql",
            "V3__consent_and_use.sql",
            "V4__ca_revocations.sql");

    private static final long LOCK_KEY = 0x5a485a48L; // "ZHZH"

    private SchemaMigrations() {}

    /** Brings the schema up to date; returns how many scripts were applied now. */
    public static int migrate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                s.execute("CREATE TABLE IF NOT EXISTS zz_schema_history (version int PRIMARY KEY, script text NOT NULL,"
                        + " installed_at timestamptz NOT NULL DEFAULT now())");
            }
            int applied = 0;
            for (int i = 0; i < SCRIPTS.size(); i++) {
                int version = i + 1;
                if (isApplied(c, version)) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute(load(SCRIPTS.get(i)));
                }
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO zz_schema_history (version, script) VALUES (?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, SCRIPTS.get(i));
                    ps.executeUpdate();
                }
                applied++;
            }
            c.commit();
            return applied;
        } catch (SQLException e) {
            throw new ZhengzhaoException(
                    ErrorCode.STORAGE_UNAVAILABLE,
                    "could not bring the database schema up to date: " + e.getSQLState(),
                    e);
        }
    }

    private static boolean isApplied(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM zz_schema_history WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String load(String script) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
