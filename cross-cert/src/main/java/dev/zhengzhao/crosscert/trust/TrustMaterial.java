package dev.zhengzhao.crosscert.trust;

import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Anchors, the candidate pool, CRLs and foreign signer certificates, read from files at start-up.
 * A file that does not parse stops the service with its name.
 */
public record TrustMaterial(
        List<Anchor> anchors,
        List<X509Certificate> pool,
        List<X509CRL> crls,
        List<X509Certificate> signers,
        java.util.Map<X509Certificate, String> jurisdictionRoots) {

    public TrustMaterial(
            List<Anchor> anchors, List<X509Certificate> pool, List<X509CRL> crls, List<X509Certificate> signers) {
        this(anchors, pool, crls, signers, java.util.Map.of());
    }

    /** The same material, knowing which certificates are the roots of which jurisdictions. */
    public TrustMaterial withRoots(java.util.Map<X509Certificate, String> roots) {
        java.util.Map<X509Certificate, String> all = new java.util.HashMap<>(roots);
        anchors.forEach(a -> all.put(a.certificate(), a.jurisdiction()));
        return new TrustMaterial(anchors, pool, crls, signers, all);
    }

    /** No anchors, no pool, no CRLs, no signers. */
    public static TrustMaterial none() {
        return new TrustMaterial(List.of(), List.of(), List.of(), List.of());
    }

    /** This material and {@code other} together. */
    public TrustMaterial plus(TrustMaterial other) {
        java.util.Map<X509Certificate, String> roots = new java.util.HashMap<>(jurisdictionRoots);
        roots.putAll(other.jurisdictionRoots);
        return new TrustMaterial(
                        concat(anchors, other.anchors),
                        concat(pool, other.pool),
                        concat(crls, other.crls),
                        concat(signers, other.signers))
                .withRoots(roots);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    public static TrustMaterial of(
            List<AnchorSpec> anchorSpecs, List<Path> intermediates, List<Path> crlFiles, List<Path> signerFiles) {
        List<Anchor> anchors = new ArrayList<>();
        for (AnchorSpec spec : anchorSpecs) {
            for (X509Certificate root : certificates(spec.file())) {
                anchors.add(new Anchor(root, spec.jurisdiction(), Set.copyOf(spec.policies())));
            }
        }
        List<X509Certificate> pool = new ArrayList<>();
        intermediates.forEach(f -> pool.addAll(certificates(f)));
        List<X509CRL> crls = new ArrayList<>();
        crlFiles.forEach(f -> crls.addAll(crls(f)));
        List<X509Certificate> signers = new ArrayList<>();
        signerFiles.forEach(f -> signers.addAll(certificates(f)));
        return new TrustMaterial(anchors, pool, crls, signers);
    }

    /** One anchor file and what it is trusted for. */
    public record AnchorSpec(String jurisdiction, Path file, List<String> policies) {}

    /** Every certificate in a PEM or DER file, parsed by Bouncy Castle (the JDK cannot read SM2 keys). */
    public static List<X509Certificate> certificates(Path file) {
        try {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509", Providers.bc())
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalStateException("zz.trust: " + file + " holds no certificate");
            }
            return certs;
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("zz.trust: cannot read certificates from " + file, e);
        }
    }

    static List<X509CRL> crls(Path file) {
        try {
            List<X509CRL> crls = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509", Providers.bc())
                    .generateCRLs(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                crls.add((X509CRL) c);
            }
            return crls;
        } catch (IOException | CertificateException | CRLException e) {
            throw new IllegalStateException("zz.trust: cannot read CRLs from " + file, e);
        }
    }
}
