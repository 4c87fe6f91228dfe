package dev.zhengzhao.crosscert.revocation;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Revocation as this service knows it: for certificates issued by a CA the service operates, its
 * own registry (the same one its CRLs and OCSP answers come from), so a revocation takes effect in
 * verification at once; for every other CA, the configured CRLs (or another source).
 */
public final class OperatedRevocation implements RevocationSource {
    private static final java.time.Duration FRESHNESS = java.time.Duration.ofDays(1);
    /** The operated CAs' public keys: a CA reached through a cross-certificate has the same key. */
    private final Set<String> operatedKeys;

    private final RevocationRegistry registry;
    private final RevocationSource others;

    public OperatedRevocation(Set<X509Certificate> operatedCas, RevocationRegistry registry, List<X509CRL> crls) {
        this(operatedCas, registry, new CrlRevocationSource(crls));
    }

    /**
     * @param others asked about every certificate not issued by an operated CA (never about one
     *     that is); see {@link RevocationSources#forService} for OCSP with CRL fallback
     */
    public OperatedRevocation(Set<X509Certificate> operatedCas, RevocationRegistry registry, RevocationSource others) {
        this.operatedKeys =
                operatedCas.stream().map(OperatedRevocation::key).collect(java.util.stream.Collectors.toSet());
        this.registry = registry;
        this.others = others;
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        if (!operatedKeys.contains(key(issuer))) {
            return others.status(certificate, issuer, at);
        }
        Optional<RevocationEntry> entry = registry.entry(certificate.getSerialNumber());
        if (entry.isPresent() && !entry.get().revokedAt().isAfter(at)) {
            return new RevocationStatus(
                    RevocationStatus.State.REVOKED,
                    entry.get().revokedAt(),
                    "registry",
                    at,
                    null,
                    "revoked by the operator");
        }
        // Current for a day, like the CRLs published from the same registry: validated paths may be
        // cached that long, and a revocation still takes effect at once because it moves the epoch.
        return new RevocationStatus(
                RevocationStatus.State.GOOD, null, "registry", at, at.plus(FRESHNESS), "not revoked");
    }

    private static String key(X509Certificate certificate) {
        return java.util.HexFormat.of().formatHex(certificate.getPublicKey().getEncoded());
    }

    @Override
    public long epoch() {
        return registry.epoch() * 31 + others.epoch();
    }
}
