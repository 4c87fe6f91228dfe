package dev.zhengzhao.crosscert.path;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Set;

/**
 * A trust anchor: a root certificate the verifier trusts directly, the jurisdiction it stands for,
 * and the certificate policies (in its own policy domain) this verifier accepts.
 *
 * @param certificate the anchor certificate (usually self-signed)
 * @param jurisdiction GD, HK, MO…
 * @param acceptablePolicies the user-initial-policy-set of RFC 5280; empty means any policy
 */
public record Anchor(X509Certificate certificate, String jurisdiction, Set<String> acceptablePolicies) {
    public Anchor {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        acceptablePolicies = Set.copyOf(acceptablePolicies);
    }
}
