package dev.zhengzhao.verifierapi.persistence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where licences are stored.
 *
 * @param url JDBC URL of the production PostgreSQL; when empty, an embedded PostgreSQL is started
 *     with its data under {@code embeddedDataDirectory} (kept across restarts)
 * @param username database user (ignored for the embedded database)
 * @param password database password (ignored for the embedded database)
 * @param embeddedDataDirectory data directory of the embedded PostgreSQL
 * @param poolSize connections in the pool; a verification uses one for one round trip
 */
@ConfigurationProperties("zz.database")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        @DefaultValue("data/postgres") Path embeddedDataDirectory,
        @DefaultValue("16") int poolSize) {
    public DatabaseProperties {
        if (poolSize < 1 || poolSize > 500) {
            throw new IllegalArgumentException("zz.database.pool-size must be 1-500, got " + poolSize);
        }
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("zz.database.url must be a jdbc:postgresql: URL");
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
