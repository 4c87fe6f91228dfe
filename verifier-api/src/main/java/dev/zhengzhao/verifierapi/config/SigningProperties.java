package dev.zhengzhao.verifierapi.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuer signing keys held by the service.
 *
 * @param keys one entry per issuing department
 */
@ConfigurationProperties("zz.signing")
public record SigningProperties(@DefaultValue List<IssuerKeyFile> keys) {
    /**
     * @param issuerCode the department's unified social credit code
     * @param pkcs12 the PKCS#12 file holding the key and its signing certificate
     * @param passwordEnv the environment variable holding the file's password (never in config)
     * @param jurisdiction GD, HK or MO (default GD)
     */
    public record IssuerKeyFile(String issuerCode, Path pkcs12, String passwordEnv, String jurisdiction) {}
}
