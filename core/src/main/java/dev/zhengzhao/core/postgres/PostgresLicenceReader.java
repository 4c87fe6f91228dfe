package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.StatusHistory;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusEvent;
import dev.zhengzhao.core.status.StatusView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads licences, their status and history. Every query on the verification path names the
 * series, so PostgreSQL prunes to one partition (and Citus routes to one shard).
 */
public final class PostgresLicenceReader implements LicenceReader, StatusLookup, StatusHistory {
    private static final String BY_VERSION =
            "SELECT " + LicenceRows.COLUMNS + " FROM licences WHERE series = ? AND version = ?";
    private static final String ALL_VERSIONS =
            "SELECT " + LicenceRows.COLUMNS + " FROM licences WHERE series = ? ORDER BY version";
    private static final String NEWEST_BY_NUMBER = "SELECT " + LicenceRows.COLUMNS
            + " FROM licences WHERE series = (SELECT series FROM licence_numbers"
            + " WHERE issuer_code = ? AND type_code = ? AND licence_number = ?) ORDER BY version DESC LIMIT 1";
    private static final String CURRENT_BY_NUMBER = "SELECT " + LicenceRows.COLUMNS + " FROM licences l"
            + " WHERE series IN (SELECT series FROM licence_numbers WHERE licence_number = ? LIMIT ?)"
            + " AND version = (SELECT max(version) FROM licences n WHERE n.series = l.series)";
    private static final String BY_HOLDER = "SELECT " + LicenceRows.COLUMNS
            + " FROM licences WHERE holder_id_type = ? AND holder_id = ? ORDER BY stored_at DESC, version DESC LIMIT ?";
    private static final String STATUS = "SELECT status, valid_until, status_changed_at,"
            // the series is bound twice so the planner prunes both scans to one partition at plan time
            + " (SELECT max(version) FROM licences n WHERE n.series = ?) AS latest"
            + " FROM licences l WHERE series = ? AND version = ?";
    private static final String HISTORY = "SELECT licence_id, kind, from_status, to_status, reason, actor, occurred_at"
            + " FROM licence_events WHERE series = ? ORDER BY change_id";

    private final Jdbc jdbc;

    public PostgresLicenceReader(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<LicenceRecord> find(LicenceId id) {
        return jdbc.read(c -> find(c, id));
    }

    static Optional<LicenceRecord> find(Connection c, LicenceId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_VERSION)) {
            ps.setString(1, id.series());
            ps.setInt(2, id.version());
            List<LicenceRecord> found = records(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    @Override
    public List<LicenceRecord> versions(LicenceId anyVersion) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ALL_VERSIONS)) {
                ps.setString(1, anyVersion.series());
                return records(ps);
            }
        });
    }

    @Override
    public Optional<LicenceRecord> findByNumber(CreditCode issuer, TypeCode type, String number) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(NEWEST_BY_NUMBER)) {
                ps.setString(1, issuer.value());
                ps.setString(2, type.value());
                ps.setString(3, number);
                List<LicenceRecord> found = records(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<LicenceRecord> findByNumber(String number, int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(CURRENT_BY_NUMBER)) {
                ps.setString(1, number);
                ps.setInt(2, Math.max(1, Math.min(limit, 100)));
                return records(ps);
            }
        });
    }

    @Override
    public List<LicenceRecord> findByHolder(String holderIdType, String holderId, int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(BY_HOLDER)) {
                ps.setString(1, holderIdType);
                ps.setString(2, holderId);
                ps.setInt(3, Math.max(1, Math.min(limit, 1000)));
                return records(ps);
            }
        });
    }

    @Override
    public Optional<StatusView> status(LicenceId id) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(STATUS)) {
                ps.setString(1, id.series());
                ps.setString(2, id.series());
                ps.setInt(3, id.version());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StatusView(
                            id,
                            LicenceStatus.valueOf(rs.getString("status")),
                            rs.getDate("valid_until") == null
                                    ? null
                                    : rs.getDate("valid_until").toLocalDate(),
                            rs.getInt("latest"),
                            LicenceRows.instant(rs, "status_changed_at")));
                }
            }
        });
    }

    @Override
    public List<StatusEvent> history(LicenceId anyVersion) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(HISTORY)) {
                ps.setString(1, anyVersion.series());
                List<StatusEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(EventRows.read(rs));
                    }
                }
                return events;
            }
        });
    }

    private static List<LicenceRecord> records(PreparedStatement ps) throws SQLException {
        List<LicenceRecord> records = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                records.add(LicenceRows.read(rs));
            }
        }
        return records;
    }
}
