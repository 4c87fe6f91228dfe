package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.crosscert.pki.Providers;
import dev.zhengzhao.crosscert.revocation.RevocationStatus;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathParameters;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PolicyNode;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.bouncycastle.jcajce.PKIXExtendedParameters;

/**
 * Validates one candidate path per RFC 5280 at an explicit time. The core algorithm — signatures,
 * validity, name chaining, basic constraints and path length, key usage, name constraints, the
 * policy tree with mappings and the three policy constraints, and (for {@link Revocation.Crls})
 * full CRL processing — is Bouncy Castle's PKIX engine; this class feeds it, translates its
 * failures into stable {@link Reason}s, computes the policies that hold, and adds the checks the
 * engine does not make: a licence signer's key usage and revocation through a
 * {@link dev.zhengzhao.crosscert.revocation.RevocationSource}.
 */
public final class PathValidator {
    private static final String ANY_POLICY = "2.5.29.32.0";

    public PathResult validate(CandidatePath candidate, Instant at, ValidationPolicy policy, Revocation revocation) {
        List<X509Certificate> certs;
        X509Certificate anchor;
        PKIXCertPathValidatorResult result;
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Providers.bc());
            certs = new ArrayList<>();
            for (X509Certificate c : candidate.certificates()) {
                certs.add(asBc(factory, c));
            }
            anchor = asBc(factory, candidate.anchor().certificate());
            CertPath path = factory.generateCertPath(certs);
            PKIXParameters params = parameters(anchor, at, policy, revocation, certs);
            // delta CRLs are part of RFC 5280 CRL processing, but the engine uses them only when asked
            CertPathParameters engineParams = revocation instanceof Revocation.Crls
                    ? new PKIXExtendedParameters.Builder(params)
                            .setUseDeltasEnabled(true)
                            .build()
                    : params;
            result = (PKIXCertPathValidatorResult)
                    CertPathValidator.getInstance("PKIX", Providers.bc()).validate(path, engineParams);
        } catch (CertPathValidatorException e) {
            return PathResult.invalid(candidate, List.of(FailureMapping.of(e, candidate.certificates())));
        } catch (GeneralSecurityException | RuntimeException e) {
            return PathResult.invalid(
                    candidate,
                    List.of(new Failure(
                            Reason.PATH_INVALID,
                            -1,
                            null,
                            "the path could not be processed (a malformed certificate or an unsupported algorithm)",
                            e.toString())));
        }
        List<Failure> failures = new ArrayList<>();
        if (policy.signingKeyUsage()) {
            signingKeyUsage(certs.get(0)).ifPresent(failures::add);
        }
        if (revocation instanceof Revocation.Checked checked) {
            failures.addAll(revocation(certs, anchor, at, checked));
        }
        if (!failures.isEmpty()) {
            // definite failures first, then "cannot decide"
            failures.sort(java.util.Comparator.comparing(
                    f -> f.reason().result() != dev.zhengzhao.core.verify.CheckResult.FAILED));
            return PathResult.invalid(candidate, failures);
        }
        return PathResult.valid(candidate, policiesThatHold(result.getPolicyTree(), policy.initialPolicies()));
    }

    private static PKIXParameters parameters(
            X509Certificate anchor,
            Instant at,
            ValidationPolicy policy,
            Revocation revocation,
            List<X509Certificate> certs)
            throws InvalidAlgorithmParameterException, GeneralSecurityException {
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        params.setDate(Date.from(at));
        params.setInitialPolicies(policy.initialPolicies());
        params.setExplicitPolicyRequired(policy.explicitPolicy());
        params.setPolicyMappingInhibited(policy.policyMappingInhibit());
        params.setAnyPolicyInhibited(policy.anyPolicyInhibit());
        if (revocation instanceof Revocation.Crls crls) {
            params.setRevocationEnabled(true);
            Collection<Object> store = new ArrayList<>(crls.crls());
            store.addAll(certs);
            store.addAll(crls.crlSigners());
            params.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(store), Providers.bc()));
        } else {
            params.setRevocationEnabled(false);
        }
        return params;
    }

    private static java.util.Optional<Failure> signingKeyUsage(X509Certificate leaf) {
        boolean[] usage = leaf.getKeyUsage();
        if (usage == null || usage[0] || usage[1]) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Failure(
                Reason.KEY_USAGE,
                0,
                leaf.getSubjectX500Principal().getName(),
                "the signer certificate's key usage allows neither digitalSignature nor nonRepudiation"));
    }

    private static List<Failure> revocation(
            List<X509Certificate> certs, X509Certificate anchor, Instant at, Revocation.Checked checked) {
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate cert = certs.get(i);
            X509Certificate issuer = i + 1 < certs.size() ? certs.get(i + 1) : anchor;
            RevocationStatus status = checked.source().status(cert, issuer, at);
            String subject = cert.getSubjectX500Principal().getName();
            switch (status.state()) {
                case REVOKED ->
                    failures.add(new Failure(
                            Reason.REVOKED,
                            i,
                            subject,
                            "revoked at " + status.revokedAt() + " (" + status.source() + "): " + subject));
                case UNKNOWN -> failures.add(new Failure(Reason.REVOCATION_UNKNOWN, i, subject, status.detail()));
                case GOOD -> {}
            }
        }
        return failures;
    }

    /**
     * RFC 5280 6.1.6: the user-constrained policy set, in the anchor's domain. For each policy node
     * at the bottom of the tree, the policy it stands for is the valid policy of its top-most
     * ancestor that is not anyPolicy; intersected with the initial set when that set is limited.
     */
    static Set<String> policiesThatHold(PolicyNode root, Set<String> initial) {
        Set<String> out = new HashSet<>();
        if (root == null) {
            return out;
        }
        int bottom = deepest(root);
        collect(root, bottom, out);
        if (!initial.isEmpty() && !initial.contains(ANY_POLICY)) {
            if (out.contains(ANY_POLICY)) {
                out.remove(ANY_POLICY);
                out.addAll(initial);
            }
            out.retainAll(initial);
        }
        return out;
    }

    private static int deepest(PolicyNode node) {
        int depth = node.getDepth();
        Iterator<? extends PolicyNode> children = node.getChildren();
        while (children.hasNext()) {
            depth = Math.max(depth, deepest(children.next()));
        }
        return depth;
    }

    private static void collect(PolicyNode node, int bottom, Set<String> out) {
        Iterator<? extends PolicyNode> children = node.getChildren();
        while (children.hasNext()) {
            PolicyNode child = children.next();
            if (reaches(child, bottom)) {
                if (ANY_POLICY.equals(child.getValidPolicy())) {
                    if (child.getDepth() == bottom) {
                        out.add(ANY_POLICY);
                    } else {
                        collect(child, bottom, out);
                    }
                } else {
                    out.add(child.getValidPolicy());
                }
            }
        }
    }

    private static boolean reaches(PolicyNode node, int bottom) {
        if (node.getDepth() == bottom) {
            return true;
        }
        Iterator<? extends PolicyNode> children = node.getChildren();
        while (children.hasNext()) {
            if (reaches(children.next(), bottom)) {
                return true;
            }
        }
        return false;
    }

    private static X509Certificate asBc(CertificateFactory factory, X509Certificate c) throws GeneralSecurityException {
        if (c.getClass().getName().startsWith("org.bouncycastle")) {
            return c;
        }
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(c.getEncoded()));
    }
}
