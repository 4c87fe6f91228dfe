package dev.zhengzhao.signer.presentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.signer.verify.KnownSigners;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PresentationTokenTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final String LICENCE =
            "1.2.156.3005.2.11440000MB2C932250001.11440100MB2A31840P.RI39E8KST2UY709YAS85.001.B";

    private static Pkcs12IssuerKey key(SignatureAlgorithm algorithm) {
        return IssuerKeys.generate(
                algorithm, "CN=repository", NOW.minusSeconds(60), Duration.ofDays(30), new SecureRandom());
    }

    private static PresentationToken.Claims claims() {
        return new PresentationToken.Claims(
                LICENCE,
                PresentationToken.holderBinding("001", "91440101MA5CXY2K3Q"),
                new byte[16],
                NOW,
                NOW.plusSeconds(300));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void roundTripsUnderEachAlgorithmAndFitsASmallQr(SignatureAlgorithm algorithm) {
        Pkcs12IssuerKey key = key(algorithm);
        String token = PresentationToken.issue(key, claims());
        assertTrue(token.startsWith("ZZ1:"));
        assertTrue(PresentationToken.isPresentation(token));
        var checked = assertInstanceOf(
                PresentationToken.Verified.class, PresentationToken.verify(token, KnownSigners.of(key.certificate())));
        assertEquals(LICENCE, checked.claims().licenceId());
        assertEquals(NOW.plusSeconds(300), checked.claims().expires());
        assertArrayEquals(claims().holderBinding(), checked.claims().holderBinding());
        assertTrue(QrSymbol.encode(token).version() <= 10, "within the licence QR's budget: version 10 or lower");
    }

    @Test
    void refusesAnotherKeyAndATamperedToken() {
        Pkcs12IssuerKey key = key(SignatureAlgorithm.ES256);
        String token = PresentationToken.issue(key, claims());
        var foreign = PresentationToken.verify(
                token, KnownSigners.of(key(SignatureAlgorithm.ES256).certificate()));
        assertEquals(
                "unknown-kid",
                assertInstanceOf(PresentationToken.Refused.class, foreign)
                        .reason()
                        .code());
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        assertInstanceOf(
                PresentationToken.Refused.class,
                PresentationToken.verify(tampered, KnownSigners.of(key.certificate())));
        assertFalse(PresentationToken.isPresentation("ZZ1:not base45 at all"));
    }

    @Test
    void evidenceVerifiesOnlyUnchanged() {
        Pkcs12IssuerKey key = key(SignatureAlgorithm.SM2_SM3);
        byte[] document = "{\"fields\":{\"CZZT\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
        String evidence = DisclosureEvidence.sign(key, document);
        assertArrayEquals(
                document,
                DisclosureEvidence.verify(evidence, KnownSigners.of(key.certificate()))
                        .orElseThrow());
        String broken = evidence.substring(0, evidence.length() - 2) + (evidence.endsWith("AA") ? "BB" : "AA");
        assertTrue(DisclosureEvidence.verify(broken, KnownSigners.of(key.certificate()))
                .isEmpty());
    }
}
