package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.consent.Grant;
import dev.zhengzhao.core.consent.GrantKind;
import dev.zhengzhao.core.consent.LicenceUse;
import dev.zhengzhao.core.consent.ServiceItem;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Grants, service items, the use log and presentation nonces in PostgreSQL. */
public final class PostgresConsentStore implements ConsentStore {
    private static final String GRANT_COLUMNS = "grant_id, kind, licence_id, holder_id_type, holder_id, hall_code,"
            + " service_item, case_number, reason, created_by, created_at, valid_until, withdrawn_at";

    private final Jdbc jdbc;

    public PostgresConsentStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void saveServiceItem(ServiceItem item) {
        jdbc.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO service_items (code, name, fields) VALUES (?, ?, ?)"
                            + " ON CONFLICT (code) DO UPDATE SET name = excluded.name, fields = excluded.fields")) {
                ps.setString(1, item.code());
                ps.setString(2, item.name());
                ps.setArray(3, c.createArrayOf("text", item.fields().toArray()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ServiceItem> serviceItem(String code) {
        return serviceItems(code).stream().findFirst();
    }

    @Override
    public List<ServiceItem> serviceItems() {
        return serviceItems(null);
    }

    private List<ServiceItem> serviceItems(String code) {
        return jdbc.read(c -> {
            String sql = "SELECT code, name, fields FROM service_items"
                    + (code == null ? " ORDER BY code" : " WHERE code = ?");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (code != null) {
                    ps.setString(1, code);
                }
                List<ServiceItem> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ServiceItem(rs.getString(1), rs.getString(2), texts(rs, 3)));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public void saveGrant(Grant g) {
        jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO grants (series, " + GRANT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setString(i++, g.licenceId().series());
                ps.setObject(i++, g.id());
                ps.setString(i++, g.kind().name());
                ps.setString(i++, g.licenceId().text());
                ps.setString(i++, g.holderIdType());
                ps.setString(i++, g.holderId());
                ps.setString(i++, g.hallCode());
                ps.setString(i++, g.serviceItemCode());
                ps.setString(i++, g.caseNumber());
                ps.setString(i++, g.reason());
                ps.setString(i++, g.createdBy());
                ps.setTimestamp(i++, Timestamp.from(g.createdAt()));
                ps.setTimestamp(i++, Timestamp.from(g.until()));
                ps.setTimestamp(i, g.withdrawnAt() == null ? null : Timestamp.from(g.withdrawnAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Grant> grant(UUID id) {
        return jdbc.read(c -> first(query(c, "SELECT " + GRANT_COLUMNS + " FROM grants WHERE grant_id = ?", id)));
    }

    @Override
    public List<Grant> grantsOf(String holderIdType, String holderId, int limit) {
        return jdbc.read(c -> query(
                c,
                "SELECT " + GRANT_COLUMNS
                        + " FROM grants WHERE holder_id_type = ? AND holder_id = ? AND kind = 'CONSENT'"
                        + " ORDER BY created_at DESC LIMIT ?",
                holderIdType,
                holderId,
                limit));
    }

    @Override
    public Grant withdraw(UUID id, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE grants SET withdrawn_at = ? WHERE grant_id = ? AND withdrawn_at IS NULL")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            return first(query(c, "SELECT " + GRANT_COLUMNS + " FROM grants WHERE grant_id = ?", id))
                    .orElseThrow(() -> new ZhengzhaoException(ErrorCode.GRANT_NOT_FOUND, "no grant " + id));
        });
    }

    @Override
    public Optional<Grant> activeConsent(
            String hallCode, LicenceId licence, String serviceItemCode, String caseNumber, Instant at) {
        return jdbc.read(c -> first(query(
                c,
                "SELECT " + GRANT_COLUMNS + " FROM grants WHERE hall_code = ? AND series = ? AND service_item = ?"
                        + " AND case_number = ? AND kind = 'CONSENT' AND withdrawn_at IS NULL AND valid_until >= ?"
                        + " ORDER BY created_at DESC LIMIT 1",
                hallCode,
                licence.series(),
                serviceItemCode,
                caseNumber,
                Timestamp.from(at))));
    }

    @Override
    public void recordUse(LicenceUse u) {
        jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO licence_uses (at, kind, grant_id, licence_id,"
                    + " holder_id_type, holder_id, hall_code, service_item, case_number, fields, actor, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(u.at()));
                ps.setString(2, u.kind().name());
                ps.setObject(3, u.grantId());
                ps.setString(4, u.licenceId().text());
                ps.setString(5, u.holderIdType());
                ps.setString(6, u.holderId());
                ps.setString(7, u.hallCode());
                ps.setString(8, u.serviceItemCode());
                ps.setString(9, u.caseNumber());
                ps.setArray(10, c.createArrayOf("text", u.fields().toArray()));
                ps.setString(11, u.actor());
                ps.setString(12, u.reason());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<LicenceUse> usesOf(String holderIdType, String holderId, int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, kind, grant_id, licence_id, holder_id_type,"
                    + " holder_id, hall_code, service_item, case_number, fields, actor, reason FROM licence_uses"
                    + " WHERE holder_id_type = ? AND holder_id = ? ORDER BY at DESC, id DESC LIMIT ?")) {
                ps.setString(1, holderIdType);
                ps.setString(2, holderId);
                ps.setInt(3, limit);
                List<LicenceUse> uses = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        uses.add(new LicenceUse(
                                LicenceRows.instant(rs, "at"),
                                GrantKind.valueOf(rs.getString("kind")),
                                rs.getObject("grant_id", UUID.class),
                                LicenceId.parse(rs.getString("licence_id")),
                                rs.getString("holder_id_type"),
                                rs.getString("holder_id"),
                                rs.getString("hall_code"),
                                rs.getString("service_item"),
                                rs.getString("case_number"),
                                texts(rs, 10),
                                rs.getString("actor"),
                                rs.getString("reason")));
                    }
                }
                return uses;
            }
        });
    }

    @Override
    public boolean claimNonce(String nonce, LicenceId licence, Instant at, Instant expires) {
        return jdbc.read(c -> {
            try (PreparedStatement clean = c.prepareStatement("DELETE FROM presentation_nonces WHERE expires_at < ?")) {
                clean.setTimestamp(1, Timestamp.from(at.minusSeconds(3600)));
                clean.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO presentation_nonces (nonce, licence_id, used_at,"
                            + " expires_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, nonce);
                ps.setString(2, licence.text());
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setTimestamp(4, Timestamp.from(expires));
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<Grant> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Grant> grants = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grants.add(new Grant(
                            rs.getObject("grant_id", UUID.class),
                            GrantKind.valueOf(rs.getString("kind")),
                            LicenceId.parse(rs.getString("licence_id")),
                            rs.getString("holder_id_type"),
                            rs.getString("holder_id"),
                            rs.getString("hall_code"),
                            rs.getString("service_item"),
                            rs.getString("case_number"),
                            rs.getString("reason"),
                            rs.getString("created_by"),
                            LicenceRows.instant(rs, "created_at"),
                            LicenceRows.instant(rs, "valid_until"),
                            LicenceRows.instant(rs, "withdrawn_at")));
                }
            }
            return grants;
        }
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    private static List<String> texts(ResultSet rs, int column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
