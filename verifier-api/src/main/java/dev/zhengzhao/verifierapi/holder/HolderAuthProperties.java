package dev.zhengzhao.verifierapi.holder;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How holders sign in: JWTs (OpenID Connect tokens) from the province's identity provider.
 *
 * @param issuer the provider's issuer ({@code iss}); when empty, the built-in development identity
 *     provider issues the tokens (for the demo and tests only)
 * @param audience the {@code aud} the tokens must carry
 * @param publicKeyPem the provider's signing key (PEM, EC P-256 or RSA), required with {@code issuer}
 * @param clockSkew tolerance on {@code exp}/{@code nbf}
 * @param presentationLifetime how long a presentation QR (亮证码) is valid
 */
@ConfigurationProperties("zz.holder-auth")
public record HolderAuthProperties(
        String issuer,
        @DefaultValue("zhengzhao") String audience,
        Path publicKeyPem,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("5m") Duration presentationLifetime) {
    public HolderAuthProperties {
        if (issuer != null && !issuer.isBlank() && publicKeyPem == null) {
            throw new IllegalArgumentException(
                    "zz.holder-auth.public-key-pem is required when zz.holder-auth.issuer is set");
        }
        if (presentationLifetime.isNegative() || presentationLifetime.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("zz.holder-auth.presentation-lifetime must be at most 30 minutes");
        }
    }

    public boolean developmentProvider() {
        return issuer == null || issuer.isBlank();
    }
}
