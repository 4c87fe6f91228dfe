package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.CheckResult;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/**
 * The outcome of building and validating a path, as a value.
 *
 * @param result PASSED, FAILED or INDETERMINATE
 * @param path the certificates of the path taken (or the best attempt), leaf first, anchor last
 * @param jurisdiction the anchor's jurisdiction, when a path reached one
 * @param policies the policies that hold for the path, in the anchor's policy domain
 * @param failures every failed check, the deciding one first; empty when PASSED
 */
public record PathResult(
        CheckResult result,
        List<X509Certificate> path,
        String jurisdiction,
        Set<String> policies,
        List<Failure> failures) {

    public PathResult {
        path = List.copyOf(path);
        policies = Set.copyOf(policies);
        failures = List.copyOf(failures);
    }

    public static PathResult valid(CandidatePath path, Set<String> policies) {
        return new PathResult(CheckResult.PASSED, all(path), path.anchor().jurisdiction(), policies, List.of());
    }

    public static PathResult invalid(CandidatePath path, List<Failure> failures) {
        List<X509Certificate> certs = path == null ? List.of() : all(path);
        String jurisdiction = path == null ? null : path.anchor().jurisdiction();
        return new PathResult(failures.get(0).reason().result(), certs, jurisdiction, Set.of(), failures);
    }

    public boolean isValid() {
        return result == CheckResult.PASSED;
    }

    /** The deciding reason code: {@code ok} when valid. */
    public String reason() {
        return failures.isEmpty() ? "ok" : failures.get(0).reason().code();
    }

    public List<String> subjects() {
        return path.stream().map(c -> c.getSubjectX500Principal().getName()).toList();
    }

    /** As core's trust verdict. */
    public TrustVerdict toVerdict() {
        if (isValid()) {
            return TrustVerdict.trusted(
                    jurisdiction,
                    subjects(),
                    policies,
                    "path of " + path.size() + " certificates to the " + jurisdiction + " anchor");
        }
        Failure first = failures.get(0);
        return new TrustVerdict(result, first.reason(), first.detail(), null, subjects(), Set.of());
    }

    private static List<X509Certificate> all(CandidatePath path) {
        List<X509Certificate> certs = new java.util.ArrayList<>(path.certificates());
        certs.add(path.anchor().certificate());
        return certs;
    }
}
