package dev.zhengzhao.crosscert.trustlist;

import dev.zhengzhao.crosscert.pki.BridgePki;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned trust list: what an offline verifier trusts for one jurisdiction, or for all of them
 * (scope {@code ALL}). Signed as CMS SignedData around a JSON document; docs/trust.md gives the
 * format.
 *
 * @param scope GD, HK, MO… or ALL for the combined list
 * @param sequence the version: a publisher never reuses or lowers it
 * @param issuedAt when the list was made
 * @param nextUpdate the freshness deadline: past it a verifier refuses the list
 * @param anchors root certificates
 * @param issuingCas intermediate and issuing CA certificates
 * @param signers licence-signer certificates with the licence types each may sign
 * @param equivalences licence types that are the same credential across jurisdictions
 */
public record TrustList(
        String scope,
        long sequence,
        Instant issuedAt,
        Instant nextUpdate,
        List<AnchorEntry> anchors,
        List<CaEntry> issuingCas,
        List<SignerEntry> signers,
        List<TypeEquivalence> equivalences) {

    public static final String ALL = "ALL";

    /** A trust anchor and the policies (in its domain) accepted under it. */
    public record AnchorEntry(String jurisdiction, X509Certificate certificate, Set<String> policies) {
        public AnchorEntry {
            policies = Set.copyOf(policies);
        }
    }

    /** An issuing (or intermediate) CA certificate. */
    public record CaEntry(String jurisdiction, X509Certificate certificate) {}

    /**
     * A licence signer and what it may sign.
     *
     * @param licenceTypes licence type codes; {@code *} means any type
     */
    public record SignerEntry(String jurisdiction, X509Certificate certificate, Set<String> licenceTypes) {
        public SignerEntry {
            licenceTypes = Set.copyOf(licenceTypes);
        }

        public boolean maySign(String licenceTypeCode) {
            return licenceTypeCode == null || licenceTypes.contains("*") || licenceTypes.contains(licenceTypeCode);
        }
    }

    /**
     * One credential as each jurisdiction codes it, e.g. a driving licence: its mainland type code,
     * its Hong Kong code and its Macau code.
     *
     * @param name a human name
     * @param codes jurisdiction code to licence type code
     */
    public record TypeEquivalence(String name, Map<String, String> codes) {
        public TypeEquivalence {
            codes = Map.copyOf(codes);
        }
    }

    public TrustList {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        if (!nextUpdate.isAfter(issuedAt)) {
            throw new IllegalArgumentException("nextUpdate must be after issuedAt");
        }
        anchors = List.copyOf(anchors);
        issuingCas = List.copyOf(issuingCas);
        signers = List.copyOf(signers);
        equivalences = List.copyOf(equivalences);
    }

    /**
     * The list a {@link BridgePki} implies for {@code scope}: for a jurisdiction its root and issuing
     * CA; for {@link #ALL} every root, issuing CA and cross-certificate, so an offline verifier can
     * also bridge. Anchors accept every level of their jurisdiction's policies.
     */
    public static TrustList fromPki(
            BridgePki pki,
            String scope,
            long sequence,
            Instant issuedAt,
            Instant nextUpdate,
            List<SignerEntry> signers,
            List<TypeEquivalence> equivalences) {
        List<AnchorEntry> anchors = new ArrayList<>();
        List<CaEntry> cas = new ArrayList<>();
        for (BridgePki.Domain d : pki.domains().values()) {
            String code = d.jurisdiction().code();
            if (ALL.equals(scope) || code.equals(scope)) {
                anchors.add(new AnchorEntry(
                        code, d.root().certificate(), d.jurisdiction().policies()));
                cas.add(new CaEntry(code, d.issuing().certificate()));
            }
            if (ALL.equals(scope)) {
                cas.add(new CaEntry(code, d.rootCertifiesBridge()));
                cas.add(new CaEntry(code, d.bridgeCertifiesRoot()));
            }
        }
        return new TrustList(scope, sequence, issuedAt, nextUpdate, anchors, cas, signers, equivalences);
    }

    /** The combined list: every entry of every part, under scope ALL. */
    public static TrustList combine(long sequence, Instant issuedAt, Instant nextUpdate, List<TrustList> parts) {
        List<AnchorEntry> anchors = new ArrayList<>();
        List<CaEntry> cas = new ArrayList<>();
        List<SignerEntry> signers = new ArrayList<>();
        List<TypeEquivalence> equivalences = new ArrayList<>();
        for (TrustList part : parts) {
            anchors.addAll(part.anchors());
            cas.addAll(part.issuingCas());
            signers.addAll(part.signers());
            part.equivalences().stream().filter(e -> !equivalences.contains(e)).forEach(equivalences::add);
        }
        return new TrustList(ALL, sequence, issuedAt, nextUpdate, anchors, cas, signers, equivalences);
    }

    /** The licence type codes equivalent to {@code typeCode} of {@code jurisdiction}, by jurisdiction. */
    public Map<String, String> equivalentTypes(String jurisdiction, String typeCode) {
        for (TypeEquivalence e : equivalences) {
            if (typeCode.equals(e.codes().get(jurisdiction))) {
                return e.codes();
            }
        }
        return Map.of(jurisdiction, typeCode);
    }
}
