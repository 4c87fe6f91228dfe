package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.crosscert.pki.Fingerprint;
import dev.zhengzhao.crosscert.revocation.CachingRevocationSource;
import dev.zhengzhao.crosscert.revocation.RevocationSource;
import dev.zhengzhao.crosscert.revocation.RevocationStatus;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Signer trust through the bridge: build candidate paths from the signer through the pool of
 * intermediates and cross-certificates to a configured anchor, validate them in order of
 * preference, and answer with the first that holds — or with the most preferred path's failures.
 *
 * <p>Valid results are cached per signer certificate and revocation epoch: a hit needs the
 * validation time inside the window in which every certificate of the path and every revocation
 * answer used was current, and any change to the revocation data (a new CRL, a revocation) moves
 * the epoch and so misses the cache. A hit costs no certificate parsing and no lock: the verdict
 * is built once per entry, and the leaf's fingerprint is remembered per certificate object
 * (Bouncy Castle's certificate getters are synchronised, and request threads queued on them).
 */
public final class BridgeSignerTrust implements SignerTrust {
    private static final int CACHE_LIMIT = 100_000;

    private final List<Anchor> anchors;
    private final PathBuilder builder;
    private final Revocation revocation;
    private final Function<Anchor, ValidationPolicy> policy;
    private final PathValidator validator = new PathValidator();
    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Same, String> fingerprints = new ConcurrentHashMap<>();

    private record CacheKey(String leaf, long epoch) {}

    private record Cached(PathResult result, TrustVerdict verdict, Instant from, Instant until) {}

    /** A certificate by identity: hashing or comparing by content would read its encoding. */
    private record Same(X509Certificate certificate) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.certificate == certificate;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(certificate);
        }
    }

    /**
     * @param anchors the roots this verifier trusts, with their jurisdictions and acceptable policies
     * @param pool intermediates and cross-certificates (the roots' own certificates may be included)
     * @param revocation the revocation source (OCSP with CRL fallback, or CRLs); its definite
     *     answers are reused per epoch while current ({@link CachingRevocationSource})
     * @param limits the search budget
     */
    public BridgeSignerTrust(
            List<Anchor> anchors, Collection<X509Certificate> pool, RevocationSource revocation, BuildLimits limits) {
        this(anchors, pool, Revocation.checkedBy(new CachingRevocationSource(revocation)), limits);
    }

    /**
     * @param revocation how revocation is checked: by a source, by the engine over fixed CRLs, or
     *     not at all (a trust list vouches)
     */
    public BridgeSignerTrust(
            List<Anchor> anchors, Collection<X509Certificate> pool, Revocation revocation, BuildLimits limits) {
        this(anchors, pool, revocation, limits, ValidationPolicy::forSigner);
    }

    /**
     * With the RFC 5280 inputs chosen per anchor instead of {@link ValidationPolicy#forSigner}
     * (what a licence signer must meet): conformance suites such as PKITS, and operator tools that
     * validate paths other than licence signers'.
     *
     * @param policy the validation policy for paths ending at an anchor; the same anchor must
     *     always get the same policy, since valid results are cached without it
     */
    public BridgeSignerTrust(
            List<Anchor> anchors,
            Collection<X509Certificate> pool,
            Revocation revocation,
            BuildLimits limits,
            Function<Anchor, ValidationPolicy> policy) {
        this.anchors = List.copyOf(anchors);
        this.builder = new PathBuilder(anchors, new CandidatePool(pool), limits);
        this.revocation = revocation;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public TrustVerdict evaluate(X509Certificate signer, Instant at, String licenceTypeCode) {
        CacheKey key = cacheKey(signer);
        Cached hit = cached(key, at);
        return hit != null ? hit.verdict() : validate(key, signer, at).toVerdict();
    }

    /** The full result: the path taken, the anchor's jurisdiction, the policies, every failure. */
    public PathResult validate(X509Certificate signer, Instant at) {
        CacheKey key = cacheKey(signer);
        Cached hit = cached(key, at);
        return hit != null ? hit.result() : validate(key, signer, at);
    }

    private PathResult validate(CacheKey key, X509Certificate signer, Instant at) {
        PathResult result = buildAndValidate(signer, at);
        // with fixed CRLs the engine's own answer is not tied to an epoch: such callers (tools) go uncached
        if (result.isValid() && !(revocation instanceof Revocation.Crls)) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, window(result, at));
        }
        return result;
    }

    private CacheKey cacheKey(X509Certificate signer) {
        Same same = new Same(signer);
        String fingerprint = fingerprints.get(same);
        if (fingerprint == null) {
            // certificates parsed per request (from a sealed PDF) are new objects every time: keep few
            if (fingerprints.size() >= CACHE_LIMIT / 100) {
                fingerprints.clear();
            }
            fingerprint = Fingerprint.sha256(signer);
            fingerprints.put(same, fingerprint);
        }
        return new CacheKey(
                fingerprint,
                revocation instanceof Revocation.Checked c ? c.source().epoch() : 0);
    }

    private Cached cached(CacheKey key, Instant at) {
        Cached hit = cache.get(key);
        return hit != null && !at.isBefore(hit.from()) && !at.isAfter(hit.until()) ? hit : null;
    }

    private PathResult buildAndValidate(X509Certificate signer, Instant at) {
        PathBuilder.Search search = builder.search(signer, at);
        if (search.paths().isEmpty()) {
            return PathResult.invalid(null, List.of(noPath(search)));
        }
        PathResult first = null;
        // shortest paths first; only when all of them fail is a longer detour worth building
        while (!search.paths().isEmpty()) {
            for (CandidatePath path : search.paths()) {
                PathResult result = validator.validate(path, at, policy.apply(path.anchor()), revocation);
                if (result.isValid()) {
                    return result;
                }
                if (first == null) {
                    first = result;
                }
            }
            if (search.truncated()) {
                break;
            }
            search = builder.search(signer, at, search.depthReached() + 1);
        }
        return first;
    }

    private Failure noPath(PathBuilder.Search search) {
        if (search.truncated()) {
            return new Failure(
                    Reason.TOO_MANY_CANDIDATES, -1, null, "the path search gave up: too many issuer candidates");
        }
        if (search.loopsCut() > 0 && search.deadEnds() == 0) {
            return new Failure(Reason.LOOP, -1, null, "every candidate path ran in a circle of cross-certificates");
        }
        return new Failure(
                Reason.NO_PATH,
                -1,
                null,
                "no chain of certificates leads from the signer to any of the " + anchors.size() + " anchors");
    }

    /** The period in which the same inputs give the same answer. */
    private Cached window(PathResult result, Instant at) {
        Instant from = Instant.MIN;
        Instant until = Instant.MAX;
        List<X509Certificate> path = result.path();
        for (X509Certificate c : path) {
            from = max(from, c.getNotBefore().toInstant());
            until = min(until, c.getNotAfter().toInstant());
        }
        for (int i = 0; i + 1 < path.size() && revocation instanceof Revocation.Checked checked; i++) {
            RevocationStatus status = checked.source().status(path.get(i), path.get(i + 1), at);
            if (status.thisUpdate() != null) {
                from = max(from, status.thisUpdate());
            }
            until = min(until, status.nextUpdate() == null ? at : status.nextUpdate());
        }
        return new Cached(result, result.toVerdict(), from, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** For diagnostics and tests: how many validated paths are cached. */
    public int cached() {
        return cache.size();
    }
}
