package dev.zhengzhao.crosscert.pki;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a CA certificate says about the CA it certifies: the policies it is trusted for, how those
 * map into the subject's policy domain (cross-certificates), and how far the trust reaches — path
 * length, permitted and excluded name subtrees (directory names such as {@code C=HK}), and the RFC
 * 5280 policy constraints. {@code null} numbers mean "no such constraint".
 *
 * @param policies certificate policy OIDs asserted (anyPolicy is 2.5.29.32.0)
 * @param mappings policy mappings, issuer's domain to subject's domain
 * @param pathLength basicConstraints pathLenConstraint
 * @param permittedNames permitted directory-name subtrees
 * @param excludedNames excluded directory-name subtrees
 * @param requireExplicitPolicy policyConstraints requireExplicitPolicy skip count
 * @param inhibitPolicyMapping policyConstraints inhibitPolicyMapping skip count
 * @param inhibitAnyPolicy inhibitAnyPolicy skip count
 */
public record CaProfile(
        Set<String> policies,
        List<PolicyMapping> mappings,
        Integer pathLength,
        List<String> permittedNames,
        List<String> excludedNames,
        Integer requireExplicitPolicy,
        Integer inhibitPolicyMapping,
        Integer inhibitAnyPolicy) {

    /** One policy mapping: the issuer's policy is considered equivalent to the subject's. */
    public record PolicyMapping(String issuerDomainPolicy, String subjectDomainPolicy) {}

    public CaProfile {
        policies = Set.copyOf(policies);
        mappings = List.copyOf(mappings);
        permittedNames = List.copyOf(permittedNames);
        excludedNames = List.copyOf(excludedNames);
    }

    /** A CA trusted for {@code policies}, with no other constraint. */
    public static CaProfile of(Set<String> policies) {
        return new Builder(policies).build();
    }

    /** A builder for a profile with constraints. */
    public static Builder builder(Set<String> policies) {
        return new Builder(policies);
    }

    /** A builder starting from this profile. */
    public Builder toBuilder() {
        Builder b = new Builder(policies);
        b.mappings.addAll(mappings);
        b.pathLength = pathLength;
        b.permittedNames.addAll(permittedNames);
        b.excludedNames.addAll(excludedNames);
        b.requireExplicitPolicy = requireExplicitPolicy;
        b.inhibitPolicyMapping = inhibitPolicyMapping;
        b.inhibitAnyPolicy = inhibitAnyPolicy;
        return b;
    }

    public CaProfile withPathLength(Integer length) {
        return toBuilder().pathLength(length).build();
    }

    public CaProfile withoutMappings() {
        Builder b = toBuilder();
        b.mappings.clear();
        return b.build();
    }

    /** Collects the optional constraints of a {@link CaProfile}. */
    public static final class Builder {
        private final Set<String> policies;
        private final List<PolicyMapping> mappings = new ArrayList<>();
        private final List<String> permittedNames = new ArrayList<>();
        private final List<String> excludedNames = new ArrayList<>();
        private Integer pathLength;
        private Integer requireExplicitPolicy;
        private Integer inhibitPolicyMapping;
        private Integer inhibitAnyPolicy;

        private Builder(Set<String> policies) {
            this.policies = Set.copyOf(policies);
        }

        public Builder mapping(String issuerDomainPolicy, String subjectDomainPolicy) {
            mappings.add(new PolicyMapping(issuerDomainPolicy, subjectDomainPolicy));
            return this;
        }

        public Builder pathLength(Integer length) {
            pathLength = length;
            return this;
        }

        public Builder permit(String directoryName) {
            permittedNames.add(directoryName);
            return this;
        }

        public Builder exclude(String directoryName) {
            excludedNames.add(directoryName);
            return this;
        }

        public Builder requireExplicitPolicy(Integer skipCerts) {
            requireExplicitPolicy = skipCerts;
            return this;
        }

        public Builder inhibitPolicyMapping(Integer skipCerts) {
            inhibitPolicyMapping = skipCerts;
            return this;
        }

        public Builder inhibitAnyPolicy(Integer skipCerts) {
            inhibitAnyPolicy = skipCerts;
            return this;
        }

        public CaProfile build() {
            return new CaProfile(
                    policies,
                    mappings,
                    pathLength,
                    permittedNames,
                    excludedNames,
                    requireExplicitPolicy,
                    inhibitPolicyMapping,
                    inhibitAnyPolicy);
        }
    }
}
