package dev.zhengzhao.verifierapi.config;

import dev.zhengzhao.verifierapi.verification.VerificationController;
import io.micrometer.observation.ObservationPredicate;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * A QR verification is timed once, by {@code zz.verification} (per form and outcome, with a
 * latency histogram), and not a second time by Spring's {@code http.server.requests}: on the
 * hottest route that second observation cost about 3 % of the service's CPU (docs/benchmarks.md).
 * Refusals on these routes are counted by {@code zz.problems}. Every other route keeps
 * {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {
    static final Set<String> TIMED_BY_VERIFICATION =
            Set.of(VerificationController.QR_ROUTE, VerificationController.PUBLIC_QR_ROUTE);

    @Bean
    ObservationPredicate qrVerificationTimedOnce() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && TIMED_BY_VERIFICATION.contains(request.getCarrier().getRequestURI()));
    }
}
