package dev.zhengzhao.crosscert.path;

import java.util.Set;

/**
 * The RFC 5280 inputs a relying party chooses (section 6.1.1) plus one of our own.
 *
 * @param initialPolicies user-initial-policy-set; empty means any-policy
 * @param explicitPolicy initial-explicit-policy: the path must be valid for at least one policy
 * @param policyMappingInhibit initial-policy-mapping-inhibit
 * @param anyPolicyInhibit initial-any-policy-inhibit
 * @param signingKeyUsage the leaf must be allowed to sign documents (digitalSignature or
 *     nonRepudiation), as a licence signer must
 */
public record ValidationPolicy(
        Set<String> initialPolicies,
        boolean explicitPolicy,
        boolean policyMappingInhibit,
        boolean anyPolicyInhibit,
        boolean signingKeyUsage) {

    public ValidationPolicy {
        initialPolicies = Set.copyOf(initialPolicies);
    }

    /** What the bridge asks of a licence signer: one of the anchor's acceptable policies must hold. */
    public static ValidationPolicy forSigner(Anchor anchor) {
        return new ValidationPolicy(anchor.acceptablePolicies(), true, false, false, true);
    }

    /** RFC 5280 defaults: any policy, nothing required. */
    public static ValidationPolicy defaults() {
        return new ValidationPolicy(Set.of(), false, false, false, false);
    }
}
