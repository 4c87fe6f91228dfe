package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.consent.ConsentToUse;
import dev.zhengzhao.core.consent.DiscloseLicenceData;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.postgres.PostgresConsentStore;
import dev.zhengzhao.verifierapi.access.HolderTokens;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Holder sign-in, consent and disclosure. */
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
                HolderTokens.publicKey(properties.publicKeyPem(), "zz.holder-auth.public-key-pem"),
                properties.issuer(),
                properties.audience(),
                properties.clockSkew(),
                clock);
    }
}
