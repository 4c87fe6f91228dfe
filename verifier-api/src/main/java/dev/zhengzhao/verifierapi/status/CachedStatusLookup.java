package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.status.StatusView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-through status: the cache first, PostgreSQL on a miss or when the cache is down. A change
 * evicts the cached status at once and again after a short delay (closing the race with a reader
 * that loaded the old status just before the change), which bounds how long any node can report
 * the old status. If PostgreSQL is unreachable too, the lookup throws STORAGE_UNAVAILABLE and the
 * verification reports INDETERMINATE.
 */
public final class CachedStatusLookup implements StatusLookup, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CachedStatusLookup.class);

    /** Retries every 200 ms for ten minutes: longer than any cached entry lives. */
    private static final int MAX_EVICTION_RETRIES = 3000;

    private final StatusCache cache;
    private final StatusLookup repository;
    private final Duration secondEviction;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zz-status-evict");
        t.setDaemon(true);
        return t;
    });
    private final Counter hits;
    private final Counter misses;
    private final Counter fallbacks;

    public CachedStatusLookup(
            StatusCache cache, StatusLookup repository, Duration secondEviction, MeterRegistry meters) {
        this.cache = cache;
        this.repository = repository;
        this.secondEviction = secondEviction;
        this.hits = meters.counter("zz.status.cache", "result", "hit");
        this.misses = meters.counter("zz.status.cache", "result", "miss");
        this.fallbacks = meters.counter("zz.status.cache", "result", "unavailable");
    }

    @Override
    public Optional<StatusView> status(LicenceId id) {
        boolean cacheUp = true;
        try {
            Optional<StatusView> cached = cache.get(id);
            if (cached.isPresent()) {
                hits.increment();
                return cached;
            }
            misses.increment();
        } catch (RuntimeException e) {
            cacheUp = false;
            fallbacks.increment();
            log.debug(
                    "status cache unavailable, asking PostgreSQL: {}",
                    e.getClass().getSimpleName());
        }
        Optional<StatusView> stored = repository.status(id);
        if (cacheUp && stored.isPresent()) {
            try {
                cache.put(stored.get());
            } catch (RuntimeException e) {
                fallbacks.increment();
            }
        }
        return stored;
    }

    /** Called after a change to {@code id} has committed. */
    public void changed(LicenceId id) {
        evictOrRetry(id, 0);
        scheduler.schedule(() -> evictOrRetry(id, 0), secondEviction.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * While the cache is down nothing is served from it; the eviction is retried so that a stale
     * entry cannot reappear when it comes back.
     */
    private void evictOrRetry(LicenceId id, int attempt) {
        try {
            cache.evict(id);
        } catch (RuntimeException e) {
            if (attempt == 0) {
                log.warn(
                        "could not evict a status from the cache, retrying: {}",
                        e.getClass().getSimpleName());
            }
            if (attempt < MAX_EVICTION_RETRIES) {
                scheduler.schedule(() -> evictOrRetry(id, attempt + 1), 200, TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
