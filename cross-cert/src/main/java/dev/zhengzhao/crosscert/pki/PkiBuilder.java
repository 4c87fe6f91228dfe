package dev.zhengzhao.crosscert.pki;

import dev.zhengzhao.crosscert.pki.Jurisdiction.Level;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a complete bridge PKI in code: a root and an issuing CA per jurisdiction, the bridge CA,
 * and a cross-certificate pair between the bridge and each root, with policy mappings, name
 * constraints and path lengths. Used by the {@code zz ca} ceremonies, demos, and other modules'
 * tests.
 *
 * <pre>{@code
 * BridgePki pki = new PkiBuilder(Pkcs12CaKeys.inMemory(random), random, now).build();
 * X509Certificate signer = PkiBuilder.signer(pki.domain("HK"), "C=HK,O=Transport Department,CN=Licensing", key, now);
 * }</pre>
 */
public final class PkiBuilder {
    private static final Duration ROOT_LIFE = Duration.ofDays(20 * 365);
    private static final Duration CA_LIFE = Duration.ofDays(10 * 365);
    private static final Duration SIGNER_LIFE = Duration.ofDays(3 * 365);

    private final CaKeys keys;
    private final SecureRandom random;
    private final Instant now;
    private final List<Jurisdiction> jurisdictions =
            new ArrayList<>(List.of(Jurisdiction.GD, Jurisdiction.HK, Jurisdiction.MO));

    /**
     * @param keys where the CA keys are generated and stay
     * @param random the randomness for keys and serials
     * @param now the ceremony time: certificates are valid from a day before it
     */
    public PkiBuilder(CaKeys keys, SecureRandom random, Instant now) {
        this.keys = keys;
        this.random = random;
        this.now = now;
    }

    /** Replaces the default GD, HK, MO jurisdictions. */
    public PkiBuilder jurisdictions(List<Jurisdiction> chosen) {
        jurisdictions.clear();
        jurisdictions.addAll(chosen);
        return this;
    }

    public BridgePki build() {
        Jurisdiction br = Jurisdiction.BRIDGE;
        CertificateAuthority bridge = CertificateAuthority.createRoot(
                keys,
                "bridge",
                "C=CN,O=GBA Trust Bridge,CN=GBA Bridge CA",
                br.algorithm(),
                CaProfile.of(br.policies()),
                Validity.of(start(), ROOT_LIFE),
                random);
        Map<String, BridgePki.Domain> domains = new LinkedHashMap<>();
        List<X509CRL> crls = new ArrayList<>();
        for (Jurisdiction j : jurisdictions) {
            String code = j.code().toLowerCase(java.util.Locale.ROOT);
            CertificateAuthority root = CertificateAuthority.createRoot(
                    keys,
                    code + "-root",
                    j.nameSubtree() + ",O=" + j.displayName() + " Root CA,CN=" + j.code() + " Root CA",
                    j.algorithm(),
                    CaProfile.of(j.policies()),
                    Validity.of(start(), ROOT_LIFE),
                    random);
            CertificateAuthority issuing = root.createSubordinate(
                    keys,
                    code + "-issuing",
                    j.nameSubtree() + ",O=" + j.displayName() + " Licence CA,CN=" + j.code() + " Issuing CA 1",
                    j.algorithm(),
                    CaProfile.of(j.policies()).withPathLength(0),
                    Validity.of(start(), CA_LIFE));
            X509Certificate toBridge =
                    root.crossCertify(bridge.certificate(), rootCertifiesBridge(j), Validity.of(start(), CA_LIFE));
            X509Certificate fromBridge =
                    bridge.crossCertify(root.certificate(), bridgeCertifiesRoot(j), Validity.of(start(), CA_LIFE));
            domains.put(j.code(), new BridgePki.Domain(j, root, issuing, toBridge, fromBridge));
            crls.add(emptyCrl(root));
            crls.add(emptyCrl(issuing));
        }
        crls.add(emptyCrl(bridge));
        return new BridgePki(bridge, domains, crls);
    }

    /**
     * What a jurisdiction's root says when it certifies the bridge: its own policies map onto the
     * bridge's, level for level, and the bridge may be followed by at most two CAs (the other root
     * and its issuing CA).
     */
    public static CaProfile rootCertifiesBridge(Jurisdiction j) {
        CaProfile.Builder profile = CaProfile.builder(j.policies()).pathLength(2);
        for (Level level : Level.values()) {
            profile.mapping(j.policy(level), Jurisdiction.BRIDGE.policy(level));
        }
        return profile.build();
    }

    /**
     * What the bridge says when it certifies a jurisdiction's root: bridge policies map onto the
     * root's, level for level; everything below must be named under the jurisdiction's subtree; one
     * more CA (the issuing CA) may follow.
     */
    public static CaProfile bridgeCertifiesRoot(Jurisdiction j) {
        CaProfile.Builder profile =
                CaProfile.builder(Jurisdiction.BRIDGE.policies()).pathLength(1).permit(j.nameSubtree());
        for (Level level : Level.values()) {
            profile.mapping(Jurisdiction.BRIDGE.policy(level), j.policy(level));
        }
        return profile.build();
    }

    /** A licence-signer certificate for {@code key}, issued by the domain's issuing CA at the high level. */
    public static X509Certificate signer(BridgePki.Domain domain, String subject, PublicKey key, Instant now) {
        return domain.issuing()
                .certifySigner(
                        subject,
                        key,
                        Set.of(domain.jurisdiction().policy(Level.HIGH)),
                        Validity.of(now.minus(Duration.ofDays(1)), SIGNER_LIFE));
    }

    /** A licence-signer certificate that expired a day before {@code now}: for tests of expiry. */
    public static X509Certificate expiredSigner(BridgePki.Domain domain, String subject, PublicKey key, Instant now) {
        return domain.issuing()
                .certifySigner(
                        subject,
                        key,
                        Set.of(domain.jurisdiction().policy(Level.HIGH)),
                        new Validity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))));
    }

    /** A signer certificate from a department's PKCS#10 request, at the high level, for three years. */
    public static X509Certificate signerFromCsr(BridgePki.Domain domain, byte[] csrDer, Instant now) {
        return domain.issuing()
                .certifyCsr(
                        csrDer,
                        Set.of(domain.jurisdiction().policy(Level.HIGH)),
                        Validity.of(now.minus(Duration.ofDays(1)), SIGNER_LIFE));
    }

    /**
     * A CRL from {@code ca} revoking {@code revoked} (a signer, an issuing CA or a cross-certificate
     * it issued) an hour before {@code now}, current for a week: for tests of revocation.
     */
    public static X509CRL crlRevoking(CertificateAuthority ca, X509Certificate revoked, Instant now) {
        return ca.crl(
                List.of(new RevocationEntry(revoked.getSerialNumber(), now.minus(Duration.ofHours(1)), 1)),
                now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofDays(7)),
                BigInteger.valueOf(now.toEpochMilli()));
    }

    /** A CRL from {@code ca} listing nothing, valid for a week from the ceremony. */
    public X509CRL emptyCrl(CertificateAuthority ca) {
        return ca.crl(List.of(), start(), now.plus(Duration.ofDays(7)), BigInteger.ONE);
    }

    private Instant start() {
        return now.minus(Duration.ofDays(1));
    }
}
