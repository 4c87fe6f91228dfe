package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Maps {@code licence_events} rows: appends events and reads them back. */
final class EventRows {
    private static final String INSERT = "INSERT INTO licence_events"
            + " (series, version, licence_id, kind, from_status, to_status, reason, actor, occurred_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EventRows() {}

    static void append(Connection c, StatusEvent event) throws SQLException {
        appendAll(c, List.of(event));
    }

    static void appendAll(Connection c, List<StatusEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (StatusEvent e : events) {
                ps.setString(1, e.licenceId().series());
                ps.setInt(2, e.licenceId().version());
                ps.setString(3, e.licenceId().text());
                ps.setString(4, e.kind().name());
                ps.setString(5, e.from() == null ? null : e.from().name());
                ps.setString(6, e.to().name());
                ps.setString(7, e.reason());
                ps.setString(8, e.actor());
                ps.setTimestamp(9, Timestamp.from(e.at()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static StatusEvent read(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        return new StatusEvent(
                LicenceId.parse(rs.getString("licence_id")),
                StatusEvent.EventKind.valueOf(rs.getString("kind")),
                from == null ? null : LicenceStatus.valueOf(from),
                LicenceStatus.valueOf(rs.getString("to_status")),
                rs.getString("reason"),
                rs.getString("actor"),
                LicenceRows.instant(rs, "occurred_at"));
    }
}
