package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.StatusView;
import java.util.Optional;

/**
 * A cache of licence status in front of PostgreSQL. Implementations may throw any runtime
 * exception when the cache itself is unreachable; {@link CachedStatusLookup} then asks PostgreSQL.
 */
public interface StatusCache {
    Optional<StatusView> get(LicenceId id);

    void put(StatusView view);

    void evict(LicenceId id);

    /** For health: a short description, e.g. "redis 127.0.0.1:6379 up". Never throws. */
    String describe();

    /** Whether the cache answers now. Never throws. */
    boolean available();
}
