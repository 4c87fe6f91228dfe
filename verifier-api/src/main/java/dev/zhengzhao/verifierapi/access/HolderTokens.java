package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.consent.HolderRef;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.licence.HolderIdType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Verifies holder JWTs (RFC 7519, JWS compact): ES256 or RS256 under the provider's key, the
 * expected issuer and audience, {@code exp} (and {@code nbf}) with a small skew, and the holder's
 * code type and code in {@code zz_hid_type}/{@code zz_hid}. Anything else is UNAUTHENTICATED.
 */
public final class HolderTokens {
    private static final int MAX_TOKEN = 8192;

    private final PublicKey key;
    private final String issuer;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    public HolderTokens(PublicKey key, String issuer, String audience, Duration skew, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    public HolderRef verify(String jwt) {
        if (jwt.length() > MAX_TOKEN) {
            throw refused("the holder token is too long");
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw refused("the holder token is not a JWT");
        }
        Map<String, Object> header;
        Map<String, Object> claims;
        byte[] signature;
        try {
            header = Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
            claims = Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw refused("the holder token is not a JWT");
        }
        String alg = String.valueOf(header.get("alg"));
        String jca =
                switch (alg) {
                    case "ES256" -> key instanceof ECPublicKey ? "SHA256withECDSAinP1363Format" : null;
                    case "RS256" -> key instanceof ECPublicKey ? null : "SHA256withRSA";
                    default -> null;
                };
        if (jca == null) {
            throw refused("the holder token's algorithm " + alg + " is not accepted");
        }
        try {
            Signature verifier = Signature.getInstance(jca);
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(signature)) {
                throw refused("the holder token's signature does not verify");
            }
        } catch (GeneralSecurityException e) {
            throw refused("the holder token's signature does not verify");
        }
        if (!issuer.equals(claims.get("iss"))) {
            throw refused("the holder token was not issued by " + issuer);
        }
        Object aud = claims.get("aud");
        if (!(audience.equals(aud) || (aud instanceof List<?> l && l.contains(audience)))) {
            throw refused("the holder token is not meant for this service");
        }
        Instant now = clock.instant();
        Instant exp = time(claims.get("exp"));
        if (exp == null || now.isAfter(exp.plus(skew))) {
            throw refused("the holder token has expired; sign in again");
        }
        Instant nbf = time(claims.get("nbf"));
        if (nbf != null && now.plus(skew).isBefore(nbf)) {
            throw refused("the holder token is not valid yet");
        }
        String type = claims.get("zz_hid_type") instanceof String s ? s : null;
        String id = claims.get("zz_hid") instanceof String s ? s : null;
        if (type == null || id == null) {
            throw refused("the holder token does not name the holder (zz_hid_type, zz_hid)");
        }
        try {
            HolderIdType.fromCode(type).check(id);
        } catch (ZhengzhaoException e) {
            throw refused("the holder token names a malformed holder code");
        }
        return new HolderRef(type, id, claims.get("name") instanceof String n ? n : "");
    }

    private static Instant time(Object value) {
        return value instanceof BigDecimal d ? Instant.ofEpochSecond(d.longValue()) : null;
    }

    private static ZhengzhaoException refused(String why) {
        return new ZhengzhaoException(ErrorCode.UNAUTHENTICATED, why);
    }

    /** Reads the identity provider's public key from a PEM public key or certificate. */
    public static PublicKey publicKey(java.nio.file.Path pem, String property) {
        try (org.bouncycastle.openssl.PEMParser parser =
                new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(java.nio.file.Files.readString(pem)))) {
            Object object = parser.readObject();
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo info =
                    object instanceof org.bouncycastle.cert.X509CertificateHolder cert
                            ? cert.getSubjectPublicKeyInfo()
                            : (org.bouncycastle.asn1.x509.SubjectPublicKeyInfo) object;
            return new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().getPublicKey(info);
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalStateException(property + ": " + pem + " is not a PEM public key or certificate", e);
        }
    }
}
