package dev.zhengzhao.core.status;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status transitions. Everything not listed is refused.
 *
 * <pre>
 * VALID     --SUSPEND--> SUSPENDED --RESUME--> VALID
 * VALID | SUSPENDED --REVOKE--> REVOKED
 * VALID | SUSPENDED --CANCEL--> CANCELLED
 * VALID     --SUPERSEDE (amendment)--> SUPERSEDED
 * </pre>
 */
public final class StatusLifecycle {
    /** Licence dates are calendar dates in China Standard Time. */
    public static final ZoneId LICENCE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<StatusAction, Set<LicenceStatus>> ALLOWED_FROM = Map.of(
            StatusAction.SUSPEND, EnumSet.of(LicenceStatus.VALID),
            StatusAction.RESUME, EnumSet.of(LicenceStatus.SUSPENDED),
            StatusAction.REVOKE, EnumSet.of(LicenceStatus.VALID, LicenceStatus.SUSPENDED),
            StatusAction.CANCEL, EnumSet.of(LicenceStatus.VALID, LicenceStatus.SUSPENDED),
            StatusAction.SUPERSEDE, EnumSet.of(LicenceStatus.VALID));

    private StatusLifecycle() {}

    /** The status after {@code action}, or {@link ErrorCode#ILLEGAL_STATUS_TRANSITION}. */
    public static LicenceStatus apply(LicenceStatus current, StatusAction action) {
        if (!ALLOWED_FROM.get(action).contains(current)) {
            throw new ZhengzhaoException(
                    ErrorCode.ILLEGAL_STATUS_TRANSITION,
                    "cannot " + action + " a licence that is " + current + "; " + action + " applies only to "
                            + ALLOWED_FROM.get(action));
        }
        return action.target();
    }

    /**
     * The status a verifier should report at {@code at}: the stored one, or EXPIRED when a VALID or
     * SUSPENDED licence is past the end of its validity period (inclusive end date, China time). A
     * licence not yet valid keeps its stored status: the validity start is a separate check.
     */
    public static LicenceStatus effective(LicenceStatus stored, LocalDate validUntil, Instant at) {
        if (stored.isFinal() || validUntil == null) {
            return stored;
        }
        LocalDate today = LocalDate.ofInstant(at, LICENCE_ZONE);
        return today.isAfter(validUntil) ? LicenceStatus.EXPIRED : stored;
    }
}
