package dev.zhengzhao.core.trust;

import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.core.verify.Reason;
import java.util.List;
import java.util.Set;

/**
 * Whether a signer certificate is trusted, as a value.
 *
 * @param result PASSED (trusted), FAILED (a definite reason not to trust) or INDETERMINATE (e.g.
 *     revocation status unavailable, no path found)
 * @param reason why, e.g. {@link Reason#OK}, {@link Reason#NO_PATH}, {@link Reason#REVOKED},
 *     {@link Reason#EXPIRED}, {@link Reason#POLICY_NOT_ACCEPTABLE}
 * @param detail a human sentence
 * @param jurisdiction the jurisdiction of the anchor the path ends at (GD, HK, MO), or null
 * @param path subject names from the signer to the anchor, leaf first
 * @param policies the certificate policies that hold for the path (OIDs), in the verifier's domain
 */
public record TrustVerdict(
        CheckResult result,
        Reason reason,
        String detail,
        String jurisdiction,
        List<String> path,
        Set<String> policies) {
    public TrustVerdict {
        path = path == null ? List.of() : List.copyOf(path);
        policies = policies == null ? Set.of() : Set.copyOf(policies);
    }

    public static TrustVerdict trusted(String jurisdiction, List<String> path, Set<String> policies, String detail) {
        return new TrustVerdict(CheckResult.PASSED, Reason.OK, detail, jurisdiction, path, policies);
    }

    public static TrustVerdict untrusted(Reason reason, String detail, List<String> path) {
        return new TrustVerdict(CheckResult.FAILED, reason, detail, null, path, Set.of());
    }

    public static TrustVerdict indeterminate(Reason reason, String detail, List<String> path) {
        return new TrustVerdict(CheckResult.INDETERMINATE, reason, detail, null, path, Set.of());
    }

    /** The same verdict with the jurisdiction a credential comes from. */
    public TrustVerdict withJurisdiction(String named) {
        return new TrustVerdict(result, reason, detail, named, path, policies);
    }

    /** As a report check named {@code trust}. */
    public Check asCheck() {
        return new Check("trust", result, reason, detail);
    }
}
