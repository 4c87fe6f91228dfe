package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.port.AuditTrail;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit log table; the database refuses updates and deletes. */
public final class PostgresAuditTrail implements AuditTrail {
    private final Jdbc jdbc;

    public PostgresAuditTrail(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void record(Entry e) {
        recordAll(List.of(e));
    }

    @Override
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log"
                    + " (at, actor, role, action, licence_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    ps.setTimestamp(1, Timestamp.from(e.at()));
                    ps.setString(2, e.actor());
                    ps.setString(3, e.role());
                    ps.setString(4, e.action());
                    ps.setString(5, e.licenceId());
                    ps.setString(6, e.outcome());
                    ps.setString(7, e.detail());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public List<Entry> about(String licenceId, int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, actor, role, action, licence_id, outcome, detail"
                    + " FROM audit_log WHERE licence_id = ? ORDER BY id LIMIT ?")) {
                ps.setString(1, licenceId);
                ps.setInt(2, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(
                                LicenceRows.instant(rs, "at"),
                                rs.getString("actor"),
                                rs.getString("role"),
                                rs.getString("action"),
                                rs.getString("licence_id"),
                                rs.getString("outcome"),
                                rs.getString("detail")));
                    }
                }
                return entries;
            }
        });
    }
}
