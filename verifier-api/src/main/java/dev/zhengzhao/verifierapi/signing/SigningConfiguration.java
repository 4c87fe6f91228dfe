package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.sign.KeyedIssuerSigners;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issuer keys from every source, the signers made from them, the repository's own key, renditions. */
@Configuration(proxyBeanMethods = false)
public class SigningConfiguration {

    /** The configured key files ({@code zz.signing.keys}). */
    @Bean
    IssuerKeySource configuredIssuerKeys(SigningProperties signing) {
        Map<CreditCode, IssuerKey> keys = new HashMap<>();
        Map<CreditCode, String> jurisdictions = new HashMap<>();
        for (SigningProperties.IssuerKeyFile file : signing.keys()) {
            CreditCode issuer = new CreditCode(file.issuerCode());
            keys.put(issuer, load(file));
            if (file.jurisdiction() != null) {
                jurisdictions.put(issuer, file.jurisdiction());
            }
        }
        return new IssuerKeySource() {
            @Override
            public Map<CreditCode, IssuerKey> keys() {
                return keys;
            }

            @Override
            public String jurisdiction(CreditCode issuer) {
                return jurisdictions.get(issuer);
            }
        };
    }

    @Bean
    IssuerKeyring issuerKeyring(List<IssuerKeySource> sources, @Value("${zz.trust.home-jurisdiction:GD}") String home) {
        Map<CreditCode, IssuerKey> keys = new HashMap<>();
        Map<CreditCode, String> jurisdictions = new HashMap<>();
        for (IssuerKeySource source : sources) {
            source.keys().forEach((issuer, key) -> {
                keys.put(issuer, key);
                String jurisdiction = source.jurisdiction(issuer);
                jurisdictions.put(issuer, jurisdiction == null ? home : jurisdiction);
            });
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

    /** The repository's own key: it signs presentation tokens and disclosure evidence. */
    @Bean
    RepositoryKey repositoryKey(SigningProperties signing, Clock clock) {
        return RepositoryKey.load(signing, clock);
    }

    @Bean
    Renditions renditions(IssuerKeyring keyring, TypeCatalogue catalogue, Clock clock) {
        return new Renditions(new PdfBoxLicenceRenderer(), keyring, catalogue, clock);
    }
}
