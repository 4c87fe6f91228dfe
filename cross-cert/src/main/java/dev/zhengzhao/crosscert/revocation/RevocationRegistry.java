package dev.zhengzhao.crosscert.revocation;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The revocation data of one CA this service operates: which of its certificates are revoked, when
 * and why. The CRL publisher and the OCSP responder both answer from it. In memory; the service
 * loads it from, and records changes to, its database.
 */
public final class RevocationRegistry {
    private final Map<BigInteger, RevocationEntry> entries = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();

    /** Records a revocation; revoking twice keeps the first record. */
    public void revoke(RevocationEntry entry) {
        if (entries.putIfAbsent(entry.serial(), entry) == null) {
            epoch.incrementAndGet();
        }
    }

    public Optional<RevocationEntry> entry(BigInteger serial) {
        return Optional.ofNullable(entries.get(serial));
    }

    public List<RevocationEntry> entries() {
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing(RevocationEntry::serial))
                .toList();
    }

    /** Moves with every revocation. */
    public long epoch() {
        return epoch.get();
    }
}
