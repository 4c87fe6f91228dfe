package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.consent.ConsentToUse;
import dev.zhengzhao.core.consent.DiscloseLicenceData;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.postgres.PostgresConsentStore;
import dev.zhengzhao.verifierapi.config.HolderAuthProperties;
import dev.zhengzhao.verifierapi.config.SigningProperties;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import dev.zhengzhao.verifierapi.verification.Credentials;
import dev.zhengzhao.verifierapi.verification.PresentationCheck;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Clock;
import javax.sql.DataSource;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Holder sign-in, consent and disclosure, presentation checks, and the repository's own key. */
@Configuration(proxyBeanMethods = false)
public class HolderConfiguration {

    @Bean
    PostgresConsentStore consentStore(DataSource dataSource) {
        return new PostgresConsentStore(dataSource);
    }

    @Bean
    ConsentToUse consentToUse(ConsentStore store, LicenceReader licences, Clock clock) {
        return new ConsentToUse(store, licences, clock);
    }

    @Bean
    DiscloseLicenceData discloseLicenceData(ConsentStore store, LicenceReader licences, Clock clock) {
        return new DiscloseLicenceData(store, licences, clock);
    }

    @Bean
    RepositoryKey repositoryKey(SigningProperties signing, Clock clock) {
        return RepositoryKey.load(signing, clock);
    }

    @Bean
    PresentationCheck presentationCheck(
            RepositoryKey key, ConsentStore store, LicenceReader licences, Credentials credentials) {
        return new PresentationCheck(key, store, licences, credentials);
    }

    /** Made always (its key is cheap); it answers only while no real provider is configured. */
    @Bean
    DevIdentityProvider devIdentityProvider(HolderAuthProperties properties, Clock clock) {
        return new DevIdentityProvider(properties.audience(), clock);
    }

    @Bean
    HolderTokens holderTokens(HolderAuthProperties properties, DevIdentityProvider dev, Clock clock) {
        if (properties.developmentProvider()) {
            return new HolderTokens(
                    dev.keys().getPublic(),
                    DevIdentityProvider.ISSUER,
                    properties.audience(),
                    properties.clockSkew(),
                    clock);
        }
        return new HolderTokens(
                readKey(properties), properties.issuer(), properties.audience(), properties.clockSkew(), clock);
    }

    private static PublicKey readKey(HolderAuthProperties properties) {
        try (PEMParser pem = new PEMParser(new StringReader(Files.readString(properties.publicKeyPem())))) {
            Object object = pem.readObject();
            SubjectPublicKeyInfo info = object instanceof org.bouncycastle.cert.X509CertificateHolder cert
                    ? cert.getSubjectPublicKeyInfo()
                    : (SubjectPublicKeyInfo) object;
            return new JcaPEMKeyConverter().getPublicKey(info);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException(
                    "zz.holder-auth.public-key-pem: " + properties.publicKeyPem()
                            + " is not a PEM public key or certificate",
                    e);
        }
    }
}
