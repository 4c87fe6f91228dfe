package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.trust.TrustMaterial;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The demo's trust bridge: GD, HK and MO roots with issuing CAs, a bridge CA cross-certified with
 * each root, made once under {@code data/demo/pki} (CA keys in {@code ca.p12}, password
 * {@code demo}) and reused on later starts. The demo issuers' signer certificates are issued by
 * the GD issuing CA from their keys' CSRs, so verification builds a real path to the GD root.
 *
 * <p>Files: {@code anchor-GD.pem} (…HK, MO), {@code pool.pem} (issuing CAs, cross-certificates,
 * the bridge), {@code crl-*.crl}, {@code trust-list-signer.pem} (the bridge, which signs trust lists). They are exactly what {@code zz.trust.*} takes in production.
 */
public final class DemoPki {
    static final String PASSWORD = DemoKeys.PASSWORD;
    private static final List<String> JURISDICTIONS = List.of("GD", "HK", "MO");

    private final Path dir;
    private final Pkcs12CaKeys keys;
    private final SecureRandom random = new SecureRandom();
    private Pkcs12IssuerKey crossBorderSigner;

    private DemoPki(Path dir, Pkcs12CaKeys keys) {
        this.dir = dir;
        this.keys = keys;
    }

    /** Opens the demo PKI under {@code demoDirectory/pki}, making it on first use. */
    public static DemoPki ensure(Path demoDirectory, Clock clock) {
        Path dir = demoDirectory.resolve("pki");
        boolean exists = Files.exists(dir.resolve("ca.p12"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DemoPki pki =
                new DemoPki(dir, Pkcs12CaKeys.open(dir.resolve("ca.p12"), PASSWORD.toCharArray(), new SecureRandom()));
        if (!exists) {
            pki.make(clock.instant());
        }
        return pki;
    }

    public Path directory() {
        return dir;
    }

    public Pkcs12CaKeys keys() {
        return keys;
    }

    /** A CA this demo operates, by alias: bridge, gd-root, gd-issuing, hk-root… */
    public CertificateAuthority authority(String alias) {
        return CertificateAuthority.existing(keys, alias, random);
    }

    /** A signer certificate from the GD issuing CA for an issuer key that so far has a self-signed one. */
    public Pkcs12IssuerKey certify(Pkcs12IssuerKey key, String subject, Instant now) {
        byte[] csr;
        try {
            csr = IssuerKeys.csr(key, subject).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BridgePki.Domain gd = domain("GD");
        return key.withCertificate(PkiBuilder.signerFromCsr(gd, csr, now));
    }

    /**
     * A Hong Kong department's licence signer (ECDSA P-256), certified by the HK issuing CA, for
     * the cross-border demo: its credentials reach a Guangdong verifier only through the bridge.
     * Made once under {@code keys/hk-signer.p12} and kept.
     */
    public synchronized Pkcs12IssuerKey crossBorderSigner(Instant now) {
        if (crossBorderSigner != null) {
            return crossBorderSigner;
        }
        Path file = dir.resolveSibling("keys").resolve("hk-signer.p12");
        try {
            if (Files.exists(file)) {
                crossBorderSigner = Pkcs12IssuerKey.read(file, PASSWORD.toCharArray());
                return crossBorderSigner;
            }
            Files.createDirectories(file.getParent());
            String subject = "C=HK,O=Food and Environmental Hygiene Department,CN=FEHD licence signer";
            Pkcs12IssuerKey selfSigned = IssuerKeys.generate(
                    dev.zhengzhao.signer.key.SignatureAlgorithm.ES256,
                    subject,
                    now.minus(java.time.Duration.ofDays(1)),
                    java.time.Duration.ofDays(3 * 365),
                    random);
            X509Certificate issued = PkiBuilder.signer(
                    domain("HK"), subject, selfSigned.certificate().getPublicKey(), now);
            crossBorderSigner = selfSigned.withCertificate(issued);
            Files.write(file, crossBorderSigner.toPkcs12(PASSWORD.toCharArray()));
            write(file.resolveSibling("hk-signer.pem"), List.of(issued));
            return crossBorderSigner;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo Hong Kong signer " + file, e);
        }
    }

    /** The bridge's cross-certificate for a jurisdiction's root: revoke it to cut that jurisdiction off. */
    public X509Certificate bridgeCertifies(String code) {
        return read(dir.resolve("cross-bridge-to-" + code.toLowerCase(java.util.Locale.ROOT) + ".pem"))
                .getFirst();
    }

    /** The GD domain as the builder describes it, from the stored CAs. */
    public BridgePki.Domain domain(String code) {
        String alias = code.toLowerCase(java.util.Locale.ROOT);
        return new BridgePki.Domain(
                dev.zhengzhao.crosscert.pki.Jurisdiction.known(code).orElseThrow(),
                authority(alias + "-root"),
                authority(alias + "-issuing"),
                read(dir.resolve("cross-" + alias + "-to-bridge.pem")).getFirst(),
                read(dir.resolve("cross-bridge-to-" + alias + ".pem")).getFirst());
    }

    private void make(Instant now) {
        BridgePki pki = new PkiBuilder(keys, random, now).build();
        for (String code : JURISDICTIONS) {
            BridgePki.Domain d = pki.domain(code);
            String alias = code.toLowerCase(java.util.Locale.ROOT);
            write(dir.resolve("anchor-" + code + ".pem"), List.of(d.root().certificate()));
            write(dir.resolve("cross-" + alias + "-to-bridge.pem"), List.of(d.rootCertifiesBridge()));
            write(dir.resolve("cross-bridge-to-" + alias + ".pem"), List.of(d.bridgeCertifiesRoot()));
        }
        write(dir.resolve("pool.pem"), pki.pool());
        // the bridge CA signs the trust lists: offline verifiers pin this certificate
        write(dir.resolve("trust-list-signer.pem"), List.of(pki.bridge().certificate()));
        int n = 0;
        for (X509CRL crl : pki.crls()) {
            try {
                Files.write(dir.resolve("crl-" + (n++) + ".crl"), crl.getEncoded());
            } catch (java.security.cert.CRLException | IOException e) {
                throw new IllegalStateException("cannot write a demo CRL", e);
            }
        }
    }

    static void write(Path file, List<X509Certificate> certificates) {
        StringBuilder pem = new StringBuilder();
        certificates.forEach(c -> pem.append(IssuerKeys.pem(c)));
        try {
            Files.writeString(file, pem.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<X509Certificate> read(Path file) {
        return TrustMaterial.certificates(file);
    }
}
