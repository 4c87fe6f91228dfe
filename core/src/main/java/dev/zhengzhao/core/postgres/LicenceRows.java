package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.licence.Holder;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.Seal;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.status.LicenceStatus;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps licence rows to records and back: the one place that knows the {@code licences} columns. */
final class LicenceRows {
    static final String COLUMNS = "licence_id, licence_number, name, issuer_name, issue_date, holder_name, holder_id,"
            + " holder_id_type, valid_from, valid_until, seal_signer, seal_name, sealed_at, fields, status,"
            + " signed_record, qr_text, kid, algorithm, stored_at";

    static final String INSERT = "INSERT INTO licences (series, version, type_code, issuer_code, status_changed_at, "
            + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private LicenceRows() {}

    static LicenceRecord read(ResultSet rs) throws SQLException {
        Licence licence = new Licence(
                LicenceId.parse(rs.getString("licence_id")),
                rs.getString("name"),
                rs.getString("licence_number"),
                rs.getString("issuer_name"),
                rs.getDate("issue_date").toLocalDate(),
                new Holder(
                        rs.getString("holder_name"),
                        rs.getString("holder_id"),
                        HolderIdType.fromCode(rs.getString("holder_id_type"))),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until") == null
                        ? null
                        : rs.getDate("valid_until").toLocalDate(),
                new Seal(rs.getString("seal_signer"), rs.getString("seal_name"), instant(rs, "sealed_at")),
                fields(rs.getString("fields")),
                LicenceStatus.valueOf(rs.getString("status")));
        SignedLicence signed = new SignedLicence(
                rs.getBytes("signed_record"), rs.getString("qr_text"), rs.getString("kid"), rs.getString("algorithm"));
        return new LicenceRecord(licence, signed, instant(rs, "stored_at"));
    }

    static void bindInsert(PreparedStatement ps, LicenceRecord record) throws SQLException {
        Licence l = record.licence();
        LicenceId id = l.id();
        int i = 1;
        ps.setString(i++, id.series());
        ps.setInt(i++, id.version());
        ps.setString(i++, id.typeCode().value());
        ps.setString(i++, id.issuerCode().value());
        ps.setTimestamp(i++, Timestamp.from(record.storedAt()));
        ps.setString(i++, id.text());
        ps.setString(i++, l.number());
        ps.setString(i++, l.name());
        ps.setString(i++, l.issuerName());
        ps.setDate(i++, Date.valueOf(l.issueDate()));
        ps.setString(i++, l.holder().name());
        ps.setString(i++, l.holder().id());
        ps.setString(i++, l.holder().idType().code());
        ps.setDate(i++, Date.valueOf(l.validFrom()));
        if (l.validUntil() == null) {
            ps.setNull(i++, Types.DATE);
        } else {
            ps.setDate(i++, Date.valueOf(l.validUntil()));
        }
        ps.setString(i++, l.seal().signerName());
        ps.setString(i++, l.seal().sealName());
        ps.setTimestamp(i++, Timestamp.from(l.seal().sealedAt()));
        ps.setString(i++, Json.write(l.fields()));
        ps.setString(i++, l.status().name());
        ps.setBytes(i++, record.signed().signedRecord());
        ps.setString(i++, record.signed().qrText());
        ps.setString(i++, record.signed().kid());
        ps.setString(i++, record.signed().algorithm());
        ps.setTimestamp(i, Timestamp.from(record.storedAt()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        Json.parseObject(json).forEach((k, v) -> fields.put(k, String.valueOf(v)));
        return fields;
    }
}
