package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.verify.VerifyLicence;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The {@code zz.verification} timer per form and outcome. Each timer is registered once and kept,
 * rather than looked up by tags per request (the verify routes are the hottest in the service).
 */
final class VerificationTimers {
    private final MeterRegistry meters;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    VerificationTimers(MeterRegistry meters) {
        this.meters = meters;
    }

    VerifyLicence.Verification timed(Supplier<VerifyLicence.Verification> verification) {
        long start = System.nanoTime();
        VerifyLicence.Verification answer = verification.get();
        String form = answer.action();
        String outcome = answer.report().outcome().name();
        timers.computeIfAbsent(
                        form + ' ' + outcome, k -> meters.timer("zz.verification", "form", form, "outcome", outcome))
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return answer;
    }
}
