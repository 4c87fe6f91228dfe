package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CaProfile;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** What a CA certificate says about the CA it certifies: policies, mappings, constraints. */
final class ConstraintOptions {
    @Option(
            names = "--policy",
            paramLabel = "OID",
            description = "certificate policies asserted, in the issuer's domain (default: the issuer's own)")
    List<String> policies = List.of();

    @Option(
            names = "--map",
            paramLabel = "ISSUER_OID=SUBJECT_OID",
            description = "a policy mapping from the issuer's domain to the subject's (repeatable)")
    List<String> mappings = List.of();

    @Option(names = "--path-length", paramLabel = "N", description = "basicConstraints pathLenConstraint")
    Integer pathLength;

    @Option(names = "--permit", paramLabel = "DN", description = "permitted directory-name subtree, e.g. C=HK")
    List<String> permitted = List.of();

    @Option(names = "--exclude", paramLabel = "DN", description = "excluded directory-name subtree")
    List<String> excluded = List.of();

    @Option(
            names = "--require-explicit-policy",
            paramLabel = "N",
            description = "policyConstraints requireExplicitPolicy")
    Integer requireExplicitPolicy;

    @Option(
            names = "--inhibit-policy-mapping",
            paramLabel = "N",
            description = "policyConstraints inhibitPolicyMapping")
    Integer inhibitPolicyMapping;

    @Option(names = "--inhibit-any-policy", paramLabel = "N", description = "inhibitAnyPolicy skip count")
    Integer inhibitAnyPolicy;

    /** @param issuerPolicies the certifying CA's own policies, asserted when no --policy is given */
    CaProfile profile(Set<String> issuerPolicies) {
        CaProfile.Builder b = CaProfile.builder(policies.isEmpty() ? issuerPolicies : Set.copyOf(policies))
                .pathLength(pathLength)
                .requireExplicitPolicy(requireExplicitPolicy)
                .inhibitPolicyMapping(inhibitPolicyMapping)
                .inhibitAnyPolicy(inhibitAnyPolicy);
        permitted.forEach(b::permit);
        excluded.forEach(b::exclude);
        for (String m : mappings) {
            String[] pair = m.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "--map wants ISSUER_OID=SUBJECT_OID, got " + m);
            }
            b.mapping(pair[0].trim(), pair[1].trim());
        }
        return b.build();
    }
}
