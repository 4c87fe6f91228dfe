package dev.zhengzhao.crosscert.pki;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bridge PKI as {@link PkiBuilder} made it: the bridge CA and, per jurisdiction, its root, issuing
 * CA and the cross-certificate pair with the bridge.
 *
 * @param bridge the bridge CA
 * @param domains each jurisdiction's CAs, by code (GD, HK, MO…)
 * @param crls an empty, current CRL of every CA, for revocation checking in demos and tests
 */
public record BridgePki(CertificateAuthority bridge, Map<String, Domain> domains, List<X509CRL> crls) {

    /**
     * One jurisdiction's CAs.
     *
     * @param jurisdiction the jurisdiction
     * @param root its root CA (the anchor its own verifiers configure)
     * @param issuing the issuing CA under the root, which certifies licence signers
     * @param rootCertifiesBridge the cross-certificate the root issued to the bridge
     * @param bridgeCertifiesRoot the cross-certificate the bridge issued to the root
     */
    public record Domain(
            Jurisdiction jurisdiction,
            CertificateAuthority root,
            CertificateAuthority issuing,
            X509Certificate rootCertifiesBridge,
            X509Certificate bridgeCertifiesRoot) {}

    public BridgePki {
        domains = Map.copyOf(domains);
        crls = List.copyOf(crls);
    }

    public Domain domain(String code) {
        Domain domain = domains.get(code);
        if (domain == null) {
            throw new IllegalArgumentException("no jurisdiction " + code + " in this PKI");
        }
        return domain;
    }

    /**
     * Every certificate a path builder may need besides the anchor and the leaf: issuing CAs, the
     * cross-certificates both ways and the roots' self-signed certificates.
     */
    public List<X509Certificate> pool() {
        List<X509Certificate> pool = new ArrayList<>();
        pool.add(bridge.certificate());
        for (Domain d : domains.values()) {
            pool.add(d.root().certificate());
            pool.add(d.issuing().certificate());
            pool.add(d.rootCertifiesBridge());
            pool.add(d.bridgeCertifiesRoot());
        }
        return pool;
    }
}
