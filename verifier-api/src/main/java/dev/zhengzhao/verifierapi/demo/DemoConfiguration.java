package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.trust.TrustMaterial;
import dev.zhengzhao.crosscert.trustlist.TrustListSigner;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.verifierapi.access.ApiKeys;
import dev.zhengzhao.verifierapi.holder.KnownHolders;
import dev.zhengzhao.verifierapi.signing.IssuerKeySource;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import dev.zhengzhao.verifierapi.trust.OperatedCas;
import dev.zhengzhao.verifierapi.trust.TrustSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo ({@code --demo}) as one configuration: it supplies data and keys — a bridge PKI it
 * operates, issuer keys certified by it, sample holders — and seeds the repository. Production
 * wiring takes these through the same extension points as any other deployment's
 * ({@link TrustSource}, {@link IssuerKeySource}, {@link KnownHolders}) and never asks whether the
 * demo runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zz.demo.enabled", havingValue = "true")
public class DemoConfiguration {
    /** The CAs of the demo's bridge PKI, by their published names. */
    private static final List<String> CAS =
            List.of("bridge", "gd-root", "gd-issuing", "hk-root", "hk-issuing", "mo-root", "mo-issuing");

    private static final List<String> JURISDICTIONS = List.of("GD", "HK", "MO");

    @Bean
    DemoPki demoPki(DemoProperties demo, Clock clock) {
        return DemoPki.ensure(demo.directory(), clock);
    }

    @Bean
    IssuerKeySource demoIssuerKeys(DemoProperties demo, DemoPki pki, Clock clock) {
        Map<CreditCode, IssuerKey> keys = DemoKeys.ensure(demo.directory(), pki, clock);
        return () -> keys;
    }

    /**
     * A Guangdong verifier: it anchors on the GD root and reaches HK and MO through the bridge; it
     * knows one Hong Kong signer, whose credentials it can check but does not hold.
     */
    @Bean
    TrustSource demoTrust(DemoPki pki, Clock clock) {
        Path dir = pki.directory();
        List<Path> crls;
        try (Stream<Path> files = Files.list(dir)) {
            crls = files.filter(p -> p.getFileName().toString().endsWith(".crl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the demo CRLs in " + dir, e);
        }
        pki.crossBorderSigner(clock.instant());
        TrustMaterial material = TrustMaterial.of(
                        List.of(new TrustMaterial.AnchorSpec("GD", dir.resolve("anchor-GD.pem"), List.of())),
                        List.of(dir.resolve("pool.pem"), dir.resolve("anchor-HK.pem"), dir.resolve("anchor-MO.pem")),
                        crls,
                        List.of(dir.resolveSibling("keys").resolve("hk-signer.pem")))
                .withRoots(Map.of(
                        TrustMaterial.certificates(dir.resolve("anchor-HK.pem")).getFirst(), "HK",
                        TrustMaterial.certificates(dir.resolve("anchor-MO.pem")).getFirst(), "MO"));
        OperatedCas operated = new DemoCas(pki);
        return new TrustSource() {
            @Override
            public TrustMaterial material() {
                return material;
            }

            @Override
            public OperatedCas operated() {
                return operated;
            }
        };
    }

    /** The demo's sample holders, for the development identity provider's sign-in page. */
    @Bean
    KnownHolders demoHolders() {
        return DemoSeeder::sampleHolders;
    }

    @Bean
    DemoSeeder demoSeeder(
            DemoProperties demo,
            TypeCatalogue catalogue,
            IssuerRegistry issuers,
            IssueLicence issue,
            ChangeLicenceStatus changeStatus,
            CachedStatusLookup statusCache,
            ApiKeys apiKeys,
            ConsentStore consent,
            DemoPki pki,
            Clock clock,
            ApplicationContext context) {
        return new DemoSeeder(
                demo, catalogue, issuers, issue, changeStatus, statusCache, apiKeys, consent, pki, clock, context);
    }

    /** The demo's bridge PKI as the CAs this service operates. */
    private static final class DemoCas implements OperatedCas {
        private final DemoPki pki;
        private final Map<String, CertificateAuthority> authorities = new LinkedHashMap<>();

        DemoCas(DemoPki pki) {
            this.pki = pki;
            CAS.forEach(name -> authorities.put(name, pki.authority(name)));
        }

        @Override
        public Map<String, CertificateAuthority> authorities() {
            return authorities;
        }

        @Override
        public BridgePki bridge() {
            Map<String, BridgePki.Domain> domains = new LinkedHashMap<>();
            JURISDICTIONS.forEach(code -> domains.put(code, pki.domain(code)));
            return new BridgePki(pki.authority("bridge"), domains, List.of());
        }

        @Override
        public TrustListSigner trustListSigner() {
            return new TrustListSigner(pki.keys(), "bridge");
        }
    }
}
