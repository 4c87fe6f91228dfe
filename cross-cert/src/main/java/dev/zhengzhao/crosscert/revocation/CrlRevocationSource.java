package dev.zhengzhao.crosscert.revocation;

import dev.zhengzhao.crosscert.pki.Providers;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;

/**
 * Revocation from full CRLs held in memory. A CRL counts only when its signature verifies with the
 * issuer's key and it is current at the validation time ({@code thisUpdate ≤ at ≤ nextUpdate}).
 * {@link #publish} adds a newer CRL and moves the epoch, which invalidates cached paths.
 */
public final class CrlRevocationSource implements RevocationSource {
    private final List<Held> crls = new CopyOnWriteArrayList<>();
    private final Map<X509CRL, PublicKey> verifiedWith = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();

    /** A CRL with what the lookup needs decoded once (Bouncy Castle re-parses dates on every call). */
    private record Held(X509CRL crl, X500Principal issuer, Instant thisUpdate, Instant nextUpdate) {
        static Held of(X509CRL crl) {
            return new Held(
                    crl,
                    crl.getIssuerX500Principal(),
                    crl.getThisUpdate().toInstant(),
                    crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant());
        }

        boolean currentAt(Instant at) {
            return !thisUpdate.isAfter(at) && (nextUpdate == null || !nextUpdate.isBefore(at));
        }
    }

    public CrlRevocationSource(Collection<X509CRL> initial) {
        initial.forEach(c -> crls.add(Held.of(c)));
    }

    public void publish(X509CRL crl) {
        crls.add(Held.of(crl));
        epoch.incrementAndGet();
    }

    @Override
    public long epoch() {
        return epoch.get();
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        Held best = null;
        X500Principal issuerName = certificate.getIssuerX500Principal();
        for (Held held : crls) {
            if (held.issuer().equals(issuerName)
                    && held.currentAt(at)
                    && (best == null || held.thisUpdate().isAfter(best.thisUpdate()))
                    && signedBy(held.crl(), issuer.getPublicKey())) {
                best = held;
            }
        }
        if (best == null) {
            return RevocationStatus.unknown(
                    "crl",
                    "no current CRL from " + issuer.getSubjectX500Principal().getName());
        }
        Instant thisUpdate = best.thisUpdate();
        Instant nextUpdate = best.nextUpdate();
        X509CRLEntry entry = best.crl().getRevokedCertificate(certificate.getSerialNumber());
        if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
            return new RevocationStatus(
                    RevocationStatus.State.REVOKED,
                    entry.getRevocationDate().toInstant(),
                    "crl",
                    thisUpdate,
                    nextUpdate,
                    "listed on the CRL of " + issuer.getSubjectX500Principal().getName());
        }
        return new RevocationStatus(RevocationStatus.State.GOOD, null, "crl", thisUpdate, nextUpdate, "not on the CRL");
    }

    /** Every CRL held, for callers that hand them to another engine. */
    public List<X509CRL> crls() {
        List<X509CRL> out = new ArrayList<>();
        crls.forEach(h -> out.add(h.crl()));
        return out;
    }

    private boolean signedBy(X509CRL crl, PublicKey key) {
        PublicKey known = verifiedWith.get(crl);
        if (known != null && Arrays.equals(known.getEncoded(), key.getEncoded())) {
            return true;
        }
        try {
            crl.verify(key, Providers.bc());
            verifiedWith.put(crl, key);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
