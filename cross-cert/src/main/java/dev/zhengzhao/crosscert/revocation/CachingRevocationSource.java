package dev.zhengzhao.crosscert.revocation;

import dev.zhengzhao.crosscert.pki.Fingerprint;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers definite answers (good, revoked) of another source, per certificate and issuer and the
 * source's epoch, for as long as each answer says it is current. The CA certificates of a bridge
 * path — issuing CAs, cross-certificates — are the same for every signer below them, so their
 * status is fetched once per CRL or OCSP period instead of once per validation; a new CRL or a
 * revocation moves the epoch and nothing stale is served. Unknown answers are never kept.
 */
public final class CachingRevocationSource implements RevocationSource {
    private static final int LIMIT = 100_000;

    private final RevocationSource source;
    private final Map<Key, RevocationStatus> answers = new ConcurrentHashMap<>();

    private record Key(String certificate, String issuer, long epoch) {}

    public CachingRevocationSource(RevocationSource source) {
        this.source = source;
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        Key key = new Key(Fingerprint.sha256(certificate), Fingerprint.sha256(issuer), source.epoch());
        RevocationStatus known = answers.get(key);
        if (known != null && covers(known, at)) {
            return known;
        }
        RevocationStatus fresh = source.status(certificate, issuer, at);
        if (fresh.state() != RevocationStatus.State.UNKNOWN && fresh.nextUpdate() != null) {
            if (answers.size() >= LIMIT) {
                answers.clear();
            }
            answers.put(key, fresh);
        }
        return fresh;
    }

    @Override
    public long epoch() {
        return source.epoch();
    }

    /** A revocation dated after {@code at} still reads as good then: only answers valid over the period are reused. */
    private static boolean covers(RevocationStatus status, Instant at) {
        boolean current = status.thisUpdate() != null
                && !status.thisUpdate().isAfter(at)
                && !status.nextUpdate().isBefore(at);
        boolean sameVerdict = status.state() == RevocationStatus.State.GOOD
                || (status.revokedAt() != null && !status.revokedAt().isAfter(at));
        return current && sameVerdict;
    }
}
