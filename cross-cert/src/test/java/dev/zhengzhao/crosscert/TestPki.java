package dev.zhengzhao.crosscert;

import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Set;

/** The bridge PKI the tests share: GD (SM2), HK and MO (P-256), built once per test JVM. */
public final class TestPki {
    public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    public static final SecureRandom RANDOM = new SecureRandom();
    public static final Pkcs12CaKeys KEYS = Pkcs12CaKeys.inMemory(RANDOM);
    public static final BridgePki PKI = new PkiBuilder(KEYS, RANDOM, NOW).build();

    private TestPki() {}

    /** A fresh licence signer of jurisdiction {@code code} with a new key of {@code algorithm}. */
    public static X509Certificate signer(String code, String subject, KeyAlgorithm algorithm) {
        return PkiBuilder.signer(
                PKI.domain(code), subject, algorithm.generate(RANDOM).getPublic(), NOW);
    }

    /** The root of {@code code} as an anchor accepting its high-assurance policy. */
    public static Anchor anchor(String code) {
        BridgePki.Domain d = PKI.domain(code);
        return new Anchor(d.root().certificate(), code, Set.of(d.jurisdiction().policy(Jurisdiction.Level.HIGH)));
    }
}
