package dev.zhengzhao.core.status;

import dev.zhengzhao.core.licence.LicenceId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a verifier needs to know about a licence's status, small enough to cache.
 *
 * @param id the version asked about
 * @param stored the stored status
 * @param validUntil inclusive end date, null for long-term
 * @param latestVersion the newest version of the licence (equals id when none is newer)
 * @param changedAt when the stored status last changed
 */
public record StatusView(
        LicenceId id, LicenceStatus stored, LocalDate validUntil, int latestVersion, Instant changedAt) {
    /** The status to report at {@code at}, with EXPIRED derived. */
    public LicenceStatus effectiveAt(Instant at) {
        return StatusLifecycle.effective(stored, validUntil, at);
    }
}
