package dev.zhengzhao.crosscert.path;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds candidate paths from a signer certificate to one of the anchors through a pool of
 * intermediates and cross-certificates, in the spirit of RFC 4158: forward (from the leaf),
 * issuers matched by name and key identifier, shortest paths first (iterative deepening), issuers
 * valid at the validation time before the others, no certificate key twice on one path (loops of
 * cross-certificates are cut), and the work bounded by {@link BuildLimits}.
 */
public final class PathBuilder {
    private final List<Anchor> anchors;
    private final CandidatePool pool;
    private final BuildLimits limits;
    private final Map<X509Certificate, CandidatePool.Facts> anchorFacts = new IdentityHashMap<>();

    public PathBuilder(List<Anchor> anchors, CandidatePool pool, BuildLimits limits) {
        this.anchors = List.copyOf(anchors);
        this.pool = pool;
        this.limits = limits;
        this.anchors.forEach(a -> anchorFacts.put(a.certificate(), CandidatePool.Facts.of(a.certificate())));
    }

    /**
     * The outcome of a search.
     *
     * @param paths complete paths, most preferred first
     * @param loopsCut how many times a candidate was skipped because it would close a loop
     * @param deadEnds how many partial paths ended with no issuer at all
     * @param truncated whether the candidate budget ran out
     */
    public record Search(List<CandidatePath> paths, int loopsCut, int deadEnds, boolean truncated, int depthReached) {}

    /** The shortest paths (all of the shortest length found, up to the path budget). */
    public Search search(X509Certificate leaf, Instant at) {
        return search(leaf, at, 2);
    }

    /**
     * The shortest paths of at least {@code minDepth} certificates (anchor included): callers whose
     * shortest paths all failed validation ask again from one deeper.
     */
    public Search search(X509Certificate leaf, Instant at, int minDepth) {
        State state = new State(at);
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        int depth = Math.max(2, minDepth);
        for (; depth <= limits.maxDepth() && !state.stop() && state.found.isEmpty(); depth++) {
            state.levelLoops = 0;
            state.levelDeadEnds = 0;
            extend(path, depth, state);
            state.loopsCut = state.levelLoops;
            state.deadEnds = state.levelDeadEnds;
        }
        return new Search(List.copyOf(state.found), state.loopsCut, state.deadEnds, state.truncated, depth - 1);
    }

    private final class State {
        final Instant at;
        final List<CandidatePath> found = new ArrayList<>();
        int examined;
        int loopsCut;
        int deadEnds;
        int levelLoops;
        int levelDeadEnds;
        boolean truncated;

        State(Instant at) {
            this.at = at;
        }

        boolean stop() {
            return truncated || found.size() >= limits.maxPaths();
        }
    }

    /** Depth-limited search: {@code depth} counts the anchor. */
    private void extend(List<X509Certificate> path, int depth, State state) {
        X509Certificate current = path.get(path.size() - 1);
        if (path.size() + 1 == depth) {
            for (Anchor anchor : anchors) {
                if (issues(anchor.certificate(), current) && !state.stop()) {
                    state.found.add(new CandidatePath(path, anchor));
                }
            }
            return;
        }
        List<X509Certificate> issuers = pool.issuersOf(current);
        int budget = limits.maxCandidates() - state.examined;
        if (issuers.size() > budget) {
            state.examined = limits.maxCandidates();
            state.truncated = true;
            return;
        }
        state.examined += issuers.size();
        List<X509Certificate> usable = new ArrayList<>();
        for (X509Certificate issuer : issuers) {
            if (issuer.equals(current)) {
                // a self-signed certificate that is not an anchor: the end of this road, not a loop
                state.levelDeadEnds++;
            } else if (onPath(path, issuer)) {
                state.levelLoops++;
            } else if (!isAnchor(issuer)) {
                // the anchor itself is reached through the anchor branch above, never from the pool
                usable.add(issuer);
            }
        }
        if (issuers.isEmpty()) {
            state.levelDeadEnds++;
        }
        usable.sort(Comparator.comparing((X509Certificate c) -> !facts(c).validAt(state.at)));
        for (X509Certificate issuer : usable) {
            if (state.stop()) {
                return;
            }
            path.add(issuer);
            extend(path, depth, state);
            path.remove(path.size() - 1);
        }
    }

    private boolean issues(X509Certificate issuer, X509Certificate child) {
        if (!issuer.getSubjectX500Principal().equals(child.getIssuerX500Principal())) {
            return false;
        }
        String aki = facts(child).authorityKeyId();
        String ski = facts(issuer).subjectKeyId();
        return aki == null || ski == null || aki.equals(ski);
    }

    /** A key already on the path under the same name: following it would go round in a circle. */
    private boolean onPath(List<X509Certificate> path, X509Certificate candidate) {
        byte[] key = facts(candidate).key();
        for (X509Certificate c : path) {
            if (c.getSubjectX500Principal().equals(candidate.getSubjectX500Principal())
                    && Arrays.equals(facts(c).key(), key)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAnchor(X509Certificate candidate) {
        byte[] key = facts(candidate).key();
        for (Anchor anchor : anchors) {
            X509Certificate a = anchor.certificate();
            if (a.getSubjectX500Principal().equals(candidate.getSubjectX500Principal())
                    && Arrays.equals(facts(a).key(), key)) {
                return true;
            }
        }
        return false;
    }

    private CandidatePool.Facts facts(X509Certificate c) {
        CandidatePool.Facts anchor = anchorFacts.get(c);
        return anchor != null ? anchor : pool.facts(c);
    }
}
