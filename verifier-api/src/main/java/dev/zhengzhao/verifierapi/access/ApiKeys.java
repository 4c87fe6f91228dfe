package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * API keys: {@code zz_} followed by 32 random base32 characters. Only the SHA-256 of a key is
 * stored; a key is shown once, when created. Lookups are cached in memory for the process
 * lifetime of a key (a revoked key stops working on restart or after {@link #forget()}).
 */
public final class ApiKeys {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();
    /** Keyed by the presented key itself, so a known key costs one map look-up, not a hash. */
    private final ConcurrentHashMap<String, Optional<Caller>> byKey = new ConcurrentHashMap<>();

    public ApiKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates a key and returns its secret (shown once). */
    public String create(String name, Role role, String orgCode) {
        StringBuilder secret = new StringBuilder("zz_");
        for (int i = 0; i < 32; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO api_keys (key_hash, name, role, org_code) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (name) DO UPDATE SET key_hash = excluded.key_hash, role = excluded.role,"
                                + " org_code = excluded.org_code, revoked_at = NULL")) {
            ps.setString(1, hash(secret.toString()));
            ps.setString(2, name);
            ps.setString(3, role.name());
            ps.setString(4, orgCode);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "cannot store the API key", e);
        }
        forget();
        return secret.toString();
    }

    /** The caller a key belongs to, or empty for an unknown or revoked key. */
    public Optional<Caller> find(String secret) {
        if (secret == null || !secret.startsWith("zz_") || secret.length() > 100) {
            return Optional.empty();
        }
        if (byKey.size() > 10_000) {
            byKey.clear(); // bounded: unknown keys tried by a client must not grow the map without end
        }
        return byKey.computeIfAbsent(secret, k -> load(hash(k)));
    }

    public void forget() {
        byKey.clear();
    }

    private Optional<Caller> load(String hash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT name, role, org_code FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Caller(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "cannot check the API key now; try again", e);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
