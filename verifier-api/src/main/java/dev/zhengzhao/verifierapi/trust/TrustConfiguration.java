package dev.zhengzhao.verifierapi.trust;

import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import dev.zhengzhao.crosscert.revocation.RevocationSources;
import dev.zhengzhao.crosscert.trust.CredentialJurisdiction;
import dev.zhengzhao.crosscert.trust.TrustMaterial;
import dev.zhengzhao.verifierapi.signing.IssuerKeyring;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Whom the service trusts to sign licences: the configured anchors, pool and CRLs together with
 * every {@link TrustSource}'s, validated through the bridge; without anchors, exactly the signer
 * keys held here (pinned). Also the CAs the service operates and their revocations.
 */
@Configuration(proxyBeanMethods = false)
public class TrustConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TrustConfiguration.class);

    @Bean
    TrustMaterial trustMaterial(TrustProperties trust, List<TrustSource> sources) {
        TrustMaterial material = trust.configured()
                ? TrustMaterial.of(
                                trust.anchors().stream()
                                        .map(a -> new TrustMaterial.AnchorSpec(
                                                a.jurisdiction(), a.certificate(), a.policies()))
                                        .toList(),
                                trust.intermediates(),
                                trust.crls(),
                                trust.signerCertificates())
                        .withRoots(foreignRoots(trust))
                : TrustMaterial.none();
        for (TrustSource source : sources) {
            material = material.plus(source.material());
        }
        return material;
    }

    private static Map<X509Certificate, String> foreignRoots(TrustProperties trust) {
        Map<X509Certificate, String> roots = new HashMap<>();
        for (TrustProperties.AnchorFile root : trust.foreignRoots()) {
            TrustMaterial.certificates(root.certificate()).forEach(c -> roots.put(c, root.jurisdiction()));
        }
        return roots;
    }

    /** The CAs this service operates: every source's (none unless one supplies them). */
    @Bean
    OperatedCas operatedCas(List<TrustSource> sources) {
        List<OperatedCas> operated = sources.stream()
                .map(TrustSource::operated)
                .filter(OperatedCas::any)
                .toList();
        if (operated.size() > 1) {
            throw new IllegalStateException("more than one source supplies operated CAs; at most one may");
        }
        return operated.isEmpty() ? OperatedCas.NONE : operated.getFirst();
    }

    @Bean
    SignerTrust signerTrust(
            IssuerKeyring keyring, TrustMaterial material, OperatedCas operated, RevocationRegistry registry) {
        if (material.anchors().isEmpty()) {
            log.warn(
                    "no trust anchors configured (zz.trust.anchors): trusting exactly the {} signer key(s) held here",
                    keyring.keys().size());
            return new PinnedSignerTrust(keyring.certificates());
        }
        Set<X509Certificate> operatedCas = new HashSet<>(operated.certificates());
        return new CredentialJurisdiction(
                new BridgeSignerTrust(
                        material.anchors(),
                        material.pool(),
                        RevocationSources.forService(operatedCas, registry, material.crls()),
                        BuildLimits.DEFAULT),
                material.jurisdictionRoots());
    }

    /** Revocations of certificates issued by the CAs this service operates (its CRLs and OCSP answers). */
    @Bean
    RevocationRegistry revocationRegistry(RevocationLedger ledger) {
        return ledger.registry();
    }

    /** The registry's rows in PostgreSQL, loaded at start-up so revocations survive a restart. */
    @Bean
    RevocationLedger revocationLedger(DataSource dataSource) {
        return new RevocationLedger(dataSource, new RevocationRegistry());
    }
}
