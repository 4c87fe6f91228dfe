package dev.zhengzhao.verifierapi.audit;

import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.verifierapi.access.Caller;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one caller's change and appends its audit entry: OK with the licence it concerned, or the
 * refusal's error code. One place, so every audited action records the same way.
 */
public final class Audited {
    private final AuditTrail audit;
    private final Clock clock;

    public Audited(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit entry of a successful result says: the licence and an optional detail. */
    public record Outcome(String licenceId, String detail) {}

    /**
     * @param licenceId the licence asked about, recorded when the action is refused
     * @param outcome what to record when it succeeds
     */
    public <T> T run(Caller caller, String action, String licenceId, Supplier<T> work, Function<T, Outcome> outcome) {
        T result;
        try {
            result = work.get();
        } catch (ZhengzhaoException e) {
            record(caller, action, licenceId, e.code().slug(), null);
            throw e;
        }
        Outcome o = outcome.apply(result);
        record(caller, action, o.licenceId() == null ? licenceId : o.licenceId(), "OK", o.detail());
        return result;
    }

    private void record(Caller caller, String action, String licenceId, String outcome, String detail) {
        audit.record(new AuditTrail.Entry(
                clock.instant(), caller.name(), caller.role().name(), action, licenceId, outcome, detail));
    }
}
