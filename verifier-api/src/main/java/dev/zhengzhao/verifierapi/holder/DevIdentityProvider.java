package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.format.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The development identity provider of the embedded default: it signs holder tokens (ES256) for
 * whoever asks, so the demo works on one machine. Its key lives only in memory. Never enabled when
 * a real provider is configured.
 */
public final class DevIdentityProvider {
    public static final String ISSUER = "urn:zhengzhao:dev-idp";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private final KeyPair keys;
    private final String audience;
    private final Clock clock;

    public DevIdentityProvider(String audience, Clock clock) {
        this.audience = audience;
        this.clock = clock;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes P-256 keys", e);
        }
    }

    public KeyPair keys() {
        return keys;
    }

    /** A signed token for the holder, valid for {@link #LIFETIME}. */
    public String token(String holderIdType, String holderId, String name) {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", audience);
        claims.put("sub", holderIdType + ":" + holderId);
        claims.put("name", name);
        claims.put("zz_hid_type", holderIdType);
        claims.put("zz_hid", holderId);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        String signingInput = part(Map.of("alg", "ES256", "typ", "JWT")) + "." + part(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(keys.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    private static String part(Map<String, Object> json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Json.write(json).getBytes(StandardCharsets.UTF_8));
    }
}
