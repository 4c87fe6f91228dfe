package dev.zhengzhao.crosscert.trustlist;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What an offline verifier holds: the last trust list it accepted. Each newly fetched list is
 * offered; it replaces the current one only when it verifies and is not older, so a rollback or a
 * forged list never displaces a good one. Thread-safe.
 */
public final class CurrentTrustList {
    private final TrustListVerifier verifier;
    private final AtomicReference<TrustList> current = new AtomicReference<>();

    public CurrentTrustList(TrustListVerifier verifier) {
        this.verifier = verifier;
    }

    /** Verifies {@code signedList} at {@code at} and, when accepted, makes it current. */
    public TrustListCheck offer(byte[] signedList, Instant at) {
        while (true) {
            TrustList held = current.get();
            TrustListCheck check = verifier.verify(signedList, at, held == null ? -1 : held.sequence());
            if (!(check instanceof TrustListCheck.Accepted accepted)) {
                return check;
            }
            if (current.compareAndSet(held, accepted.list())) {
                return check;
            }
        }
    }

    /** The current list, if one was accepted and it is still fresh at {@code at}. */
    public Optional<TrustList> at(Instant at) {
        TrustList held = current.get();
        return held == null || at.isAfter(held.nextUpdate()) ? Optional.empty() : Optional.of(held);
    }
}
