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

/**
 * Revocation from full CRLs held in memory. A CRL counts only when its signature verifies with the
 * issuer's key and it is current at the validation time ({@code thisUpdate ≤ at ≤ nextUpdate}).
 * {@link #publish} adds a newer CRL and moves the epoch, which invalidates cached paths.
 */
public final class CrlRevocationSource implements RevocationSource {
    private final List<X509CRL> crls = new CopyOnWriteArrayList<>();
    private final Map<X509CRL, PublicKey> verifiedWith = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();

    public CrlRevocationSource(Collection<X509CRL> initial) {
        crls.addAll(initial);
    }

    public void publish(X509CRL crl) {
        crls.add(crl);
        epoch.incrementAndGet();
    }

    @Override
    public long epoch() {
        return epoch.get();
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        X509CRL best = null;
        for (X509CRL crl : crls) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                    && current(crl, at)
                    && signedBy(crl, issuer.getPublicKey())
                    && (best == null || crl.getThisUpdate().after(best.getThisUpdate()))) {
                best = crl;
            }
        }
        if (best == null) {
            return RevocationStatus.unknown(
                    "crl",
                    "no current CRL from " + issuer.getSubjectX500Principal().getName());
        }
        Instant thisUpdate = best.getThisUpdate().toInstant();
        Instant nextUpdate =
                best.getNextUpdate() == null ? null : best.getNextUpdate().toInstant();
        X509CRLEntry entry = best.getRevokedCertificate(certificate.getSerialNumber());
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
        return new ArrayList<>(crls);
    }

    private static boolean current(X509CRL crl, Instant at) {
        return !crl.getThisUpdate().toInstant().isAfter(at)
                && (crl.getNextUpdate() == null
                        || !crl.getNextUpdate().toInstant().isBefore(at));
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
