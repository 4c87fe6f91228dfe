package dev.zhengzhao.crosscert.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks each source in turn and takes the first definite answer (good or revoked): OCSP first, the
 * CRL when the responder is unreachable or unhelpful. When none knows, the answer is UNKNOWN with
 * every source's reason.
 */
public final class FallbackRevocationSource implements RevocationSource {
    private final List<RevocationSource> sources;

    public FallbackRevocationSource(List<RevocationSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        List<String> reasons = new ArrayList<>();
        for (RevocationSource source : sources) {
            RevocationStatus status = source.status(certificate, issuer, at);
            if (status.state() != RevocationStatus.State.UNKNOWN) {
                return status;
            }
            reasons.add(status.detail());
        }
        return RevocationStatus.unknown("none", String.join("; ", reasons));
    }

    @Override
    public long epoch() {
        long sum = 0;
        for (RevocationSource source : sources) {
            sum = sum * 31 + source.epoch();
        }
        return sum;
    }
}
