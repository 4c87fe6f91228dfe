package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own database on the server named by a JDBC URL: created when missing (or dropped
 * and re-created on request), so a benchmark never writes into a repository that holds real data.
 * When the name equals the URL's own database, that database is used as it is.
 */
final class BenchDatabase {
    private BenchDatabase() {}

    /** Makes sure database {@code name} exists and returns a JDBC URL for it. */
    static String prepare(String serverUrl, String name, boolean reset) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "--database must be a lower-case PostgreSQL name, got '" + name + "'");
        }
        if (name.equals(databaseOf(serverUrl))) {
            if (reset) {
                throw new ZhengzhaoException(
                        ErrorCode.INVALID_REQUEST, "--reset would drop the database of --db itself; name another");
            }
            return serverUrl;
        }
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            if (reset) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            if (!exists(c, name)) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new ZhengzhaoException(
                    ErrorCode.STORAGE_UNAVAILABLE,
                    "cannot create benchmark database " + name + " on " + RepositoryPool.redact(serverUrl) + ": "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
        return withDatabase(serverUrl, name);
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String databaseOf(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }
}
