package dev.zhengzhao.core.status;

import dev.zhengzhao.core.licence.LicenceId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a licence's append-only history, and of the change feed.
 *
 * @param licenceId the version the event is about
 * @param kind what happened
 * @param from the status before (null for ISSUED and IMPORTED)
 * @param to the status after
 * @param reason why, as given by the actor (required for SUSPENDED, REVOKED, CANCELLED)
 * @param actor who did it: an issuer code, a system name, or an operator id
 * @param at when
 */
public record StatusEvent(
        LicenceId licenceId,
        EventKind kind,
        LicenceStatus from,
        LicenceStatus to,
        String reason,
        String actor,
        Instant at) {
    public StatusEvent {
        Objects.requireNonNull(licenceId, "licenceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** What an event records. */
    public enum EventKind {
        ISSUED,
        /** Pushed from a city or county system (增量同步). */
        IMPORTED,
        /** A new version superseded this one. */
        SUPERSEDED,
        SUSPENDED,
        RESUMED,
        REVOKED,
        CANCELLED;

        public static EventKind of(StatusAction action) {
            return switch (action) {
                case SUSPEND -> SUSPENDED;
                case RESUME -> RESUMED;
                case REVOKE -> REVOKED;
                case CANCEL -> CANCELLED;
                case SUPERSEDE -> SUPERSEDED;
            };
        }
    }
}
