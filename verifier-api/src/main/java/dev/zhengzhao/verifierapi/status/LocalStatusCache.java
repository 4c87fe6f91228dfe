package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.StatusView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process cache for a single node with no Redis configured (the embedded default). Only
 * correct for one node: changes made by this node evict directly.
 */
public final class LocalStatusCache implements StatusCache {
    private static final int MAX_ENTRIES = 200_000;

    private record Entry(StatusView view, Instant expires) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public LocalStatusCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<StatusView> get(LicenceId id) {
        Entry e = entries.get(StatusCodec.key(id));
        if (e == null || clock.instant().isAfter(e.expires())) {
            return Optional.empty();
        }
        return Optional.of(e.view());
    }

    @Override
    public void put(StatusView view) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // crude but bounded; a node without Redis is a demo or a small site
        }
        entries.put(StatusCodec.key(view.id()), new Entry(view, clock.instant().plus(ttl)));
    }

    @Override
    public void evict(LicenceId id) {
        entries.remove(StatusCodec.key(id));
    }

    @Override
    public String describe() {
        return "in-process cache (single node; configure zz.cache.redis-url for several)";
    }

    @Override
    public boolean available() {
        return true;
    }
}
