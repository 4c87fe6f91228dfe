package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.sign.KeyedIssuerSigners;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import dev.zhengzhao.verifierapi.config.DemoProperties;
import dev.zhengzhao.verifierapi.config.SigningProperties;
import dev.zhengzhao.verifierapi.demo.DemoKeys;
import dev.zhengzhao.verifierapi.verification.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issuer keys, the signers made from them, and offline verification of the signed forms. */
@Configuration(proxyBeanMethods = false)
public class SigningConfiguration {

    @Bean
    IssuerKeyring issuerKeyring(SigningProperties signing, DemoProperties demo, Clock clock) {
        Map<CreditCode, IssuerKey> keys = new HashMap<>();
        Map<CreditCode, String> jurisdictions = new HashMap<>();
        if (demo.enabled()) {
            DemoKeys.ensure(demo.directory(), clock).forEach((issuer, key) -> {
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

    /** Until a bridge trust configuration is given, the service trusts exactly the signers it holds. */
    @Bean
    SignerTrust signerTrust(IssuerKeyring keyring) {
        return new PinnedSignerTrust(keyring.certificates());
    }

    @Bean
    LicenceVerifier licenceVerifier(IssuerKeyring keyring, SignerTrust trust) {
        return new LicenceVerifier(new KnownSigners(keyring.certificates().keySet()), trust);
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
