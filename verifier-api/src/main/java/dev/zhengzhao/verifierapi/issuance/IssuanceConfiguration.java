package dev.zhengzhao.verifierapi.issuance;

import dev.zhengzhao.core.issue.AmendLicence;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.LicencePreparation;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.postgres.PostgresRenditionStore;
import dev.zhengzhao.core.signing.IssuerSigners;
import java.security.SecureRandom;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core's issuance use cases: issue, amend, change status. */
@Configuration(proxyBeanMethods = false)
public class IssuanceConfiguration {

    @Bean
    LicencePreparation licencePreparation(TypeCatalogue catalogue, IssuerRegistry issuers, Clock clock) {
        return new LicencePreparation(catalogue, issuers, clock);
    }

    @Bean
    IssueLicence issueLicence(
            LicencePreparation preparation, IssuerSigners signers, LicenceWriter writer, Clock clock) {
        return new IssueLicence(preparation, signers, writer, clock, new SecureRandom());
    }

    @Bean
    AmendLicence amendLicence(
            LicencePreparation preparation,
            IssuerSigners signers,
            LicenceReader reader,
            LicenceWriter writer,
            Clock clock) {
        return new AmendLicence(preparation, signers, reader, writer, clock);
    }

    @Bean
    ChangeLicenceStatus changeLicenceStatus(LicenceWriter writer, Clock clock) {
        return new ChangeLicenceStatus(writer, clock);
    }

    @Bean
    PostgresRenditionStore renditionStore(DataSource dataSource) {
        return new PostgresRenditionStore(dataSource);
    }
}
