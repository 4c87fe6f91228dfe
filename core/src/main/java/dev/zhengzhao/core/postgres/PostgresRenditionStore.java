package dev.zhengzhao.core.postgres;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.RenditionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;

/** Renditions in PostgreSQL; the first one stored wins, so concurrent renderers agree. */
public final class PostgresRenditionStore implements RenditionStore {
    private final Jdbc jdbc;

    public PostgresRenditionStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<byte[]> find(LicenceId id, String kind) {
        return jdbc.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT content FROM licence_renditions WHERE licence_id = ? AND kind = ?")) {
                ps.setString(1, id.text());
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public byte[] keep(LicenceId id, String kind, byte[] content) {
        jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO licence_renditions (licence_id, kind, content)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, id.text());
                ps.setString(2, kind);
                ps.setBytes(3, content);
                return ps.executeUpdate();
            }
        });
        return find(id, kind).orElse(content);
    }
}
