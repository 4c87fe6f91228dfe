package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code licence_numbers} table: one issuer's licence number per type belongs to one series. */
final class NumberRows {
    static final String CLAIM = "INSERT INTO licence_numbers (issuer_code, type_code, licence_number, series)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private NumberRows() {}

    static void bind(PreparedStatement ps, Licence l) throws SQLException {
        ps.setString(1, l.issuerCode().value());
        ps.setString(2, l.typeCode().value());
        ps.setString(3, l.number());
        ps.setString(4, l.id().series());
    }

    static Optional<String> owner(Connection c, Licence l) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT series FROM licence_numbers"
                + " WHERE issuer_code = ? AND type_code = ? AND licence_number = ?")) {
            ps.setString(1, l.issuerCode().value());
            ps.setString(2, l.typeCode().value());
            ps.setString(3, l.number());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void release(Connection c, List<LicenceRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM licence_numbers"
                + " WHERE issuer_code = ? AND type_code = ? AND licence_number = ? AND series = ?")) {
            for (LicenceRecord r : records) {
                bind(ps, r.licence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
