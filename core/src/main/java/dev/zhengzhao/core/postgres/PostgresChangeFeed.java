package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.port.ChangeFeed;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The change feed, ordered by (transaction id, change id). Only events of transactions older than
 * every transaction still running are served, so an event that commits late can never land behind
 * a cursor a client already holds. The cursor is {@code <txid>-<changeId>}, opaque to clients.
 */
public final class PostgresChangeFeed implements ChangeFeed {
    public static final int MAX_LIMIT = 1000;
    private static final String PAGE = "SELECT tx_id::text AS tx, change_id, licence_id, kind, from_status, to_status,"
            + " reason, actor, occurred_at FROM licence_events"
            + " WHERE (tx_id, change_id) > (?::xid8, ?) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY tx_id, change_id LIMIT ?";

    private final Jdbc jdbc;

    public PostgresChangeFeed(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Page changes(String afterCursor, int limit) {
        long[] position = parse(afterCursor);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "limit must be 1-" + MAX_LIMIT + ", got " + limit);
        }
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                ps.setString(1, Long.toUnsignedString(position[0]));
                ps.setLong(2, position[1]);
                ps.setInt(3, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String cursor = rs.getString("tx") + "-" + rs.getLong("change_id");
                        changes.add(new Change(cursor, EventRows.read(rs)));
                    }
                }
                String next = changes.isEmpty()
                        ? cursorOrStart(afterCursor)
                        : changes.getLast().cursor();
                return new Page(changes, next);
            }
        });
    }

    private static String cursorOrStart(String cursor) {
        return cursor == null || cursor.isEmpty() ? "0-0" : cursor;
    }

    private static long[] parse(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return new long[] {0, 0};
        }
        int dash = cursor.indexOf('-');
        try {
            if (dash > 0) {
                return new long[] {Long.parseLong(cursor.substring(0, dash)), Long.parseLong(cursor.substring(dash + 1))
                };
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new ZhengzhaoException(
                ErrorCode.INVALID_REQUEST,
                "cursor '" + cursor + "' is not one this feed returned; start with an empty cursor");
    }
}
