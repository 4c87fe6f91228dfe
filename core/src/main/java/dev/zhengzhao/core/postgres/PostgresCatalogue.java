package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.format.LicenceTypeJson;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The licence type catalogue and the issuer registry: small reference tables. */
public final class PostgresCatalogue implements TypeCatalogue, IssuerRegistry {
    private final Jdbc jdbc;

    public PostgresCatalogue(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(LicenceType type) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO licence_types"
                    + " (type_code, name, authority_name, holder_kind, fields, validity) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)"
                    + " ON CONFLICT (type_code) DO UPDATE SET name = excluded.name, authority_name = excluded.authority_name,"
                    + " holder_kind = excluded.holder_kind, fields = excluded.fields, validity = excluded.validity,"
                    + " updated_at = now()")) {
                ps.setString(1, type.code().value());
                ps.setString(2, type.name());
                ps.setString(3, type.authorityName());
                ps.setString(4, type.holderKind().name());
                ps.setString(5, Json.write(LicenceTypeJson.fieldsToList(type.fields())));
                ps.setString(6, Json.write(LicenceTypeJson.validityToMap(type.validity())));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM licence_type_issuers WHERE type_code = ?")) {
                ps.setString(1, type.code().value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO licence_type_issuers (type_code, issuer_code) VALUES (?, ?)")) {
                for (CreditCode issuer : type.issuers()) {
                    ps.setString(1, type.code().value());
                    ps.setString(2, issuer.value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<LicenceType> find(TypeCode code) {
        return jdbc.read(c -> types(c, code).stream().findFirst());
    }

    @Override
    public List<LicenceType> allTypes() {
        return jdbc.read(c -> types(c, null));
    }

    private static List<LicenceType> types(Connection c, TypeCode code) throws SQLException {
        String sql = "SELECT type_code, name, authority_name, holder_kind, fields::text, validity::text,"
                + " ARRAY(SELECT issuer_code FROM licence_type_issuers i WHERE i.type_code = t.type_code) AS issuers"
                + " FROM licence_types t" + (code == null ? " ORDER BY type_code" : " WHERE type_code = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (code != null) {
                ps.setString(1, code.value());
            }
            List<LicenceType> types = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<CreditCode> issuers = new HashSet<>();
                    for (String s : (String[]) rs.getArray("issuers").getArray()) {
                        issuers.add(new CreditCode(s));
                    }
                    types.add(new LicenceType(
                            new TypeCode(rs.getString("type_code")),
                            rs.getString("name"),
                            rs.getString("authority_name"),
                            HolderKind.valueOf(rs.getString("holder_kind")),
                            LicenceTypeJson.fieldsFromList((List<?>) Json.parse(rs.getString("fields"))),
                            LicenceTypeJson.validityFromMap(Json.parseObject(rs.getString("validity"))),
                            issuers));
                }
            }
            return types;
        }
    }

    @Override
    public void save(Issuer issuer) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO issuers (issuer_code, name, jurisdiction)"
                    + " VALUES (?, ?, ?) ON CONFLICT (issuer_code) DO UPDATE SET name = excluded.name,"
                    + " jurisdiction = excluded.jurisdiction, updated_at = now()")) {
                ps.setString(1, issuer.code().value());
                ps.setString(2, issuer.name());
                ps.setString(3, issuer.jurisdiction());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Issuer> find(CreditCode code) {
        return jdbc.read(c -> issuers(c, code).stream().findFirst());
    }

    @Override
    public List<Issuer> allIssuers() {
        return jdbc.read(c -> issuers(c, null));
    }

    private static List<Issuer> issuers(Connection c, CreditCode code) throws SQLException {
        String sql = "SELECT issuer_code, name, jurisdiction FROM issuers"
                + (code == null ? " ORDER BY issuer_code" : " WHERE issuer_code = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (code != null) {
                ps.setString(1, code.value());
            }
            List<Issuer> issuers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    issuers.add(new Issuer(new CreditCode(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
            return issuers;
        }
    }
}
