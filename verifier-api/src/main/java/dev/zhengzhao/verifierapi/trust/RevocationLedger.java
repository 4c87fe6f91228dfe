package dev.zhengzhao.verifierapi.trust;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * The persistent side of the operated CAs' revocations: each is written to PostgreSQL before it
 * enters the in-memory registry, and the registry is filled from the table at start-up.
 */
public final class RevocationLedger {
    private final DataSource dataSource;
    private final RevocationRegistry registry;

    public RevocationLedger(DataSource dataSource, RevocationRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        load();
    }

    public RevocationRegistry registry() {
        return registry;
    }

    /** Records a revocation (the first one of a serial stands) and applies it. */
    public void revoke(String ca, RevocationEntry entry, String actor) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ca_revocations"
                                + " (serial_hex, ca, revoked_at, reason, actor) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, entry.serial().toString(16));
            ps.setString(2, ca);
            ps.setTimestamp(3, Timestamp.from(entry.revokedAt()));
            ps.setInt(4, entry.reason());
            ps.setString(5, actor);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "cannot record the revocation; try again", e);
        }
        registry.revoke(entry);
    }

    private void load() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT serial_hex, revoked_at, reason FROM ca_revocations");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                registry.revoke(new RevocationEntry(
                        new BigInteger(rs.getString(1), 16), rs.getTimestamp(2).toInstant(), rs.getInt(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the CA revocations", e);
        }
    }
}
