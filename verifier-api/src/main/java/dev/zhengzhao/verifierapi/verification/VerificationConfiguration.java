package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.ForeignStatus;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.SignedForms;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.verify.VerifyLicence;
import dev.zhengzhao.crosscert.trust.TrustMaterial;
import dev.zhengzhao.signer.forms.SignerForms;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import dev.zhengzhao.verifierapi.signing.IssuerKeyring;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import dev.zhengzhao.verifierapi.trust.TrustProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Core's {@link VerifyLicence} over its ports: the signer module's offline verification of each
 * form (over the trust decision), the cached status, foreign status, the audit.
 */
@Configuration(proxyBeanMethods = false)
public class VerificationConfiguration {

    /** The signer certificates whose key identifiers a QR may name: ours, and the foreign ones configured. */
    @Bean
    LicenceVerifier licenceVerifier(IssuerKeyring keyring, TrustMaterial material, SignerTrust trust) {
        List<X509Certificate> signers = new ArrayList<>(keyring.certificates().keySet());
        signers.addAll(material.signers());
        return new LicenceVerifier(new KnownSigners(signers), trust);
    }

    @Bean
    SignedForms signedForms(LicenceVerifier licences, SignerTrust trust, RepositoryKey repositoryKey) {
        return new SignerForms(licences, new SealedPdfVerifier(licences, trust), repositoryKey.verifiers());
    }

    @Bean
    VerifyLicence verifyLicence(
            SignedForms forms,
            CachedStatusLookup status,
            ObjectProvider<ForeignStatus> foreign,
            LicenceReader licences,
            ConsentStore nonces,
            AuditTrail audit,
            TrustProperties trust,
            Clock clock) {
        return new VerifyLicence(
                forms,
                status,
                foreign.getIfAvailable(() -> ForeignStatus.NONE),
                licences,
                nonces,
                audit,
                trust.homeJurisdiction(),
                clock);
    }

    @Bean
    VerificationTimers verificationTimers(MeterRegistry meters) {
        return new VerificationTimers(meters);
    }
}
