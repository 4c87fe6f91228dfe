package dev.zhengzhao.crosscert.pki;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertPolicyId;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyMappings;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * The extensions of one certificate, prepared before anything is signed. Criticality follows RFC
 * 5280: basicConstraints, keyUsage, nameConstraints, policyMappings, policyConstraints and
 * inhibitAnyPolicy are critical; identifiers, policies and locations are not.
 */
final class CertificateExtensions {
    private record Entry(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {}

    private final List<Entry> entries = new ArrayList<>();

    private CertificateExtensions() {}

    static CertificateExtensions forCa(
            PublicKey subjectKey, PublicKey issuerKey, CaProfile profile, URI ocspUrl, URI crlUrl) {
        CertificateExtensions ext = identifiers(subjectKey, issuerKey);
        BasicConstraints basic =
                profile.pathLength() == null ? new BasicConstraints(true) : new BasicConstraints(profile.pathLength());
        ext.add(Extension.basicConstraints, true, basic);
        ext.add(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ext.policies(profile.policies());
        if (!profile.mappings().isEmpty()) {
            CertPolicyId[] issuer = new CertPolicyId[profile.mappings().size()];
            CertPolicyId[] subject = new CertPolicyId[issuer.length];
            for (int i = 0; i < issuer.length; i++) {
                issuer[i] = CertPolicyId.getInstance(
                        new ASN1ObjectIdentifier(profile.mappings().get(i).issuerDomainPolicy()));
                subject[i] = CertPolicyId.getInstance(
                        new ASN1ObjectIdentifier(profile.mappings().get(i).subjectDomainPolicy()));
            }
            ext.add(Extension.policyMappings, true, new PolicyMappings(issuer, subject));
        }
        if (!profile.permittedNames().isEmpty() || !profile.excludedNames().isEmpty()) {
            ext.add(
                    Extension.nameConstraints,
                    true,
                    new NameConstraints(subtrees(profile.permittedNames()), subtrees(profile.excludedNames())));
        }
        if (profile.requireExplicitPolicy() != null || profile.inhibitPolicyMapping() != null) {
            List<ASN1Encodable> constraints = new ArrayList<>();
            if (profile.requireExplicitPolicy() != null) {
                constraints.add(new DERTaggedObject(false, 0, new ASN1Integer(profile.requireExplicitPolicy())));
            }
            if (profile.inhibitPolicyMapping() != null) {
                constraints.add(new DERTaggedObject(false, 1, new ASN1Integer(profile.inhibitPolicyMapping())));
            }
            ext.add(Extension.policyConstraints, true, new DERSequence(constraints.toArray(ASN1TaggedObject[]::new)));
        }
        if (profile.inhibitAnyPolicy() != null) {
            ext.add(Extension.inhibitAnyPolicy, true, new ASN1Integer(profile.inhibitAnyPolicy()));
        }
        ext.locations(ocspUrl, crlUrl);
        return ext;
    }

    static CertificateExtensions forEndEntity(
            PublicKey subjectKey,
            PublicKey issuerKey,
            Set<String> policies,
            KeyUsage usage,
            KeyPurposeId purpose,
            URI ocspUrl,
            URI crlUrl) {
        CertificateExtensions ext = identifiers(subjectKey, issuerKey);
        ext.add(Extension.basicConstraints, true, new BasicConstraints(false));
        ext.add(Extension.keyUsage, true, usage);
        if (purpose != null) {
            ext.add(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            ext.add(OCSP_NO_CHECK, false, org.bouncycastle.asn1.DERNull.INSTANCE);
        }
        ext.policies(policies);
        ext.locations(ocspUrl, crlUrl);
        return ext;
    }

    private static final ASN1ObjectIdentifier OCSP_NO_CHECK = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5");

    void addTo(X509v3CertificateBuilder builder) {
        try {
            for (Entry entry : entries) {
                builder.addExtension(entry.oid(), entry.critical(), entry.value());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a certificate extension", e);
        }
    }

    private static CertificateExtensions identifiers(PublicKey subjectKey, PublicKey issuerKey) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            CertificateExtensions ext = new CertificateExtensions();
            ext.add(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            ext.add(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
            return ext;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available for key identifiers", e);
        }
    }

    private void policies(Set<String> policies) {
        if (policies.isEmpty()) {
            return;
        }
        PolicyInformation[] info = policies.stream()
                .sorted()
                .map(p -> new PolicyInformation(new ASN1ObjectIdentifier(p)))
                .toArray(PolicyInformation[]::new);
        add(Extension.certificatePolicies, false, new CertificatePolicies(info));
    }

    private void locations(URI ocspUrl, URI crlUrl) {
        if (ocspUrl != null) {
            add(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(new AccessDescription(
                            X509ObjectIdentifiers.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl.toString()))));
        }
        if (crlUrl != null) {
            GeneralNames names =
                    new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl.toString()));
            add(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(names), null, null)
            }));
        }
    }

    private static GeneralSubtree[] subtrees(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return names.stream()
                .map(n -> new GeneralSubtree(new GeneralName(new X500Name(n))))
                .toArray(GeneralSubtree[]::new);
    }

    private void add(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        entries.add(new Entry(oid, critical, value));
    }
}
