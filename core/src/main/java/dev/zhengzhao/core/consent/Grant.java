package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.licence.LicenceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Permission for one hall to use one licence's data for one service item and case, until a time.
 *
 * @param licenceId the licence as granted; the grant covers its current version
 * @param holderIdType the holder's code type (CZZTDMLX)
 * @param holderId the holder's code (CZZTDM)
 * @param hallCode the organisation code of the hall allowed to use it
 * @param reason mandatory for DELEGATED and BY_FUNCTION
 * @param createdBy the holder (for consent) or the hall key (for the others)
 * @param withdrawnAt when the holder withdrew it, or null
 */
public record Grant(
        UUID id,
        GrantKind kind,
        LicenceId licenceId,
        String holderIdType,
        String holderId,
        String hallCode,
        String serviceItemCode,
        String caseNumber,
        String reason,
        String createdBy,
        Instant createdAt,
        Instant until,
        Instant withdrawnAt) {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(licenceId, "licenceId");
        Objects.requireNonNull(until, "until");
    }

    /** The state of a grant at a time. */
    public enum State {
        ACTIVE,
        WITHDRAWN,
        EXPIRED
    }

    public State stateAt(Instant at) {
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return at.isAfter(until) ? State.EXPIRED : State.ACTIVE;
    }
}
