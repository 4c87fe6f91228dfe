package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.sign.KeyedIssuerSigners;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import dev.zhengzhao.verifierapi.config.DemoProperties;
import dev.zhengzhao.verifierapi.config.SigningProperties;
import dev.zhengzhao.verifierapi.config.TrustProperties;
import dev.zhengzhao.verifierapi.demo.DemoKeys;
import dev.zhengzhao.verifierapi.demo.DemoPki;
import dev.zhengzhao.verifierapi.trust.CredentialJurisdiction;
import dev.zhengzhao.verifierapi.trust.OperatedRevocation;
import dev.zhengzhao.verifierapi.trust.RevocationLedger;
import dev.zhengzhao.verifierapi.trust.TrustMaterial;
import dev.zhengzhao.verifierapi.verification.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issuer keys, the signers made from them, whom the service trusts, and offline verification of
 * the signed forms.
 */
@Configuration(proxyBeanMethods = false)
public class SigningConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    /** The demo's bridge PKI, when the demo runs. */
    public record DemoTrust(DemoPki pki) {
        public boolean present() {
            return pki != null;
        }
    }

    @Bean
    DemoTrust demoTrust(DemoProperties demo, Clock clock) {
        return new DemoTrust(demo.enabled() ? DemoPki.ensure(demo.directory(), clock) : null);
    }

    @Bean
    IssuerKeyring issuerKeyring(SigningProperties signing, DemoProperties demo, DemoTrust demoTrust, Clock clock) {
        Map<CreditCode, IssuerKey> keys = new HashMap<>();
        Map<CreditCode, String> jurisdictions = new HashMap<>();
        if (demoTrust.present()) {
            DemoKeys.ensure(demo.directory(), demoTrust.pki(), clock).forEach((issuer, key) -> {
                keys.put(issuer, key);
                jurisdictions.put(issuer, "GD");
            });
        }
        for (SigningProperties.IssuerKeyFile file : signing.keys()) {
            CreditCode issuer = new CreditCode(file.issuerCode());
            keys.put(issuer, load(file));
            jurisdictions.put(issuer, file.jurisdiction() == null ? "GD" : file.jurisdiction());
        }
        return new IssuerKeyring(keys, jurisdictions);
    }

    private static IssuerKey load(SigningProperties.IssuerKeyFile file) {
        String where = "zz.signing.keys for issuer " + file.issuerCode();
        if (file.pkcs12() == null || !Files.isReadable(file.pkcs12())) {
            throw new IllegalStateException(where + ": PKCS#12 file " + file.pkcs12() + " is not readable");
        }
        String password = file.passwordEnv() == null ? null : System.getenv(file.passwordEnv());
        if (password == null) {
            throw new IllegalStateException(
                    where + ": environment variable " + file.passwordEnv() + " (the password) is not set");
        }
        try {
            return Pkcs12IssuerKey.read(file.pkcs12(), password.toCharArray());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(where + ": cannot read " + file.pkcs12() + " with the given password", e);
        }
    }

    @Bean
    IssuerSigners issuerSigners(IssuerKeyring keyring) {
        KeyedIssuerSigners signers = new KeyedIssuerSigners(keyring.keys());
        return issuer -> {
            if (!keyring.keys().containsKey(issuer)) {
                throw new ZhengzhaoException(
                        ErrorCode.SIGNING_UNAVAILABLE, "this service holds no signing key for issuer " + issuer);
            }
            return signers.forIssuer(issuer);
        };
    }

    /** Anchors, pool and CRLs: configured, the demo's, or none (pinned trust). */
    @Bean
    TrustMaterial trustMaterial(TrustProperties trust, DemoTrust demoTrust, Clock clock) {
        if (trust.configured()) {
            return TrustMaterial.of(
                            trust.anchors().stream()
                                    .map(a -> new TrustMaterial.AnchorSpec(
                                            a.jurisdiction(), a.certificate(), a.policies()))
                                    .toList(),
                            trust.intermediates(),
                            trust.crls(),
                            trust.signerCertificates())
                    .withRoots(foreignRoots(trust));
        }
        if (demoTrust.present()) {
            Path dir = demoTrust.pki().directory();
            List<Path> crls;
            try (Stream<Path> files = Files.list(dir)) {
                crls = files.filter(p -> p.getFileName().toString().endsWith(".crl"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new IllegalStateException("cannot list the demo CRLs in " + dir, e);
            }
            // a Guangdong verifier: it anchors on the GD root and reaches HK and MO through the bridge;
            // it knows one Hong Kong signer, whose credentials it can check but does not hold
            demoTrust.pki().crossBorderSigner(clock.instant());
            return TrustMaterial.of(
                            List.of(new TrustMaterial.AnchorSpec("GD", dir.resolve("anchor-GD.pem"), List.of())),
                            List.of(
                                    dir.resolve("pool.pem"),
                                    dir.resolve("anchor-HK.pem"),
                                    dir.resolve("anchor-MO.pem")),
                            crls,
                            List.of(dir.resolveSibling("keys").resolve("hk-signer.pem")))
                    .withRoots(Map.of(
                            TrustMaterial.certificates(dir.resolve("anchor-HK.pem"))
                                            .getFirst(),
                                    "HK",
                            TrustMaterial.certificates(dir.resolve("anchor-MO.pem"))
                                            .getFirst(),
                                    "MO"));
        }
        return new TrustMaterial(List.of(), List.of(), List.of(), List.of());
    }

    private static Map<X509Certificate, String> foreignRoots(TrustProperties trust) {
        Map<X509Certificate, String> roots = new HashMap<>();
        for (TrustProperties.AnchorFile root : trust.foreignRoots()) {
            TrustMaterial.certificates(root.certificate()).forEach(c -> roots.put(c, root.jurisdiction()));
        }
        return roots;
    }

    @Bean
    SignerTrust signerTrust(
            IssuerKeyring keyring, TrustMaterial material, DemoTrust demoTrust, RevocationRegistry registry) {
        if (material.anchors().isEmpty()) {
            log.warn(
                    "no trust anchors configured (zz.trust.anchors): trusting exactly the {} signer key(s) held here",
                    keyring.keys().size());
            return new PinnedSignerTrust(keyring.certificates());
        }
        Set<X509Certificate> operated = new HashSet<>();
        if (demoTrust.present()) {
            for (String ca :
                    List.of("bridge", "gd-root", "gd-issuing", "hk-root", "hk-issuing", "mo-root", "mo-issuing")) {
                operated.add(demoTrust.pki().authority(ca).certificate());
            }
        }
        return new CredentialJurisdiction(
                new BridgeSignerTrust(
                        material.anchors(),
                        material.pool(),
                        new OperatedRevocation(operated, registry, material.crls()),
                        BuildLimits.DEFAULT),
                material.withRoots(material.jurisdictionRoots()).jurisdictionRoots());
    }

    /** Revocations of certificates issued by the CAs this service operates (its CRLs and OCSP answers). */
    @Bean
    RevocationRegistry revocationRegistry(RevocationLedger ledger) {
        return ledger.registry();
    }

    /** The registry's rows in PostgreSQL, loaded at start-up so revocations survive a restart. */
    @Bean
    RevocationLedger revocationLedger(javax.sql.DataSource dataSource) {
        return new RevocationLedger(dataSource, new RevocationRegistry());
    }

    @Bean
    LicenceVerifier licenceVerifier(IssuerKeyring keyring, TrustMaterial material, SignerTrust trust) {
        List<X509Certificate> signers = new ArrayList<>(keyring.certificates().keySet());
        signers.addAll(material.signers());
        return new LicenceVerifier(new KnownSigners(signers), trust);
    }

    @Bean
    Credentials credentials(
            LicenceVerifier licenceVerifier,
            SignerTrust trust,
            IssuerKeyring keyring,
            TypeCatalogue catalogue,
            Clock clock) {
        return new SignerCredentials(
                licenceVerifier,
                new SealedPdfVerifier(licenceVerifier, trust),
                new PdfBoxLicenceRenderer(),
                keyring,
                catalogue,
                clock);
    }
}
