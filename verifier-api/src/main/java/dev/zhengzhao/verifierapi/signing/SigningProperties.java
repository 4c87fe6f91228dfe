package dev.zhengzhao.verifierapi.signing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuer signing keys held by the service.
 *
 * @param keys one entry per issuing department
 * @param repositoryKey the repository's own signing key; when absent, one is made on first start
 *     under {@code localKeyDirectory} (development only: configure a real one in production)
 * @param localKeyDirectory where the development repository key is kept
 */
@ConfigurationProperties("zz.signing")
public record SigningProperties(
        @DefaultValue List<IssuerKeyFile> keys,
        RepositoryKeyFile repositoryKey,
        @DefaultValue("data/keys") Path localKeyDirectory) {
    /**
     * The repository's own key: it signs presentation tokens and disclosure evidence.
     *
     * @param pkcs12 the PKCS#12 file
     * @param passwordEnv the environment variable holding its password
     */
    public record RepositoryKeyFile(Path pkcs12, String passwordEnv) {}

    /**
     * @param issuerCode the department's unified social credit code
     * @param pkcs12 the PKCS#12 file holding the key and its signing certificate
     * @param passwordEnv the environment variable holding the file's password (never in config)
     * @param jurisdiction GD, HK or MO (default GD)
     */
    public record IssuerKeyFile(String issuerCode, Path pkcs12, String passwordEnv, String jurisdiction) {}
}
