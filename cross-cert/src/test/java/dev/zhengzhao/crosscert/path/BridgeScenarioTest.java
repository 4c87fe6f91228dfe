package dev.zhengzhao.crosscert.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CaProfile;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.pki.Validity;
import dev.zhengzhao.crosscert.revocation.CrlRevocationSource;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BridgeScenarioTest {
    static final Instant NOW = TestPki.NOW;
    static final SecureRandom RANDOM = TestPki.RANDOM;
    static final BridgePki PKI = TestPki.PKI;

    static final X509Certificate HK_SIGNER =
            TestPki.signer("HK", "C=HK,O=Transport Department,CN=Licensing Signer", KeyAlgorithm.EC_P256);
    static final X509Certificate GD_SIGNER =
            TestPki.signer("GD", "C=CN,ST=Guangdong,O=Guangdong Market Regulation,CN=Licence Signer", KeyAlgorithm.SM2);
    static final X509Certificate MO_ED25519_SIGNER =
            TestPki.signer("MO", "C=MO,O=DSAL,CN=Licence Signer", KeyAlgorithm.ED25519);

    static Anchor anchor(String code) {
        return TestPki.anchor(code);
    }

    static BridgeSignerTrust trust(String anchorCode, List<X509Certificate> pool, List<X509CRL> crls) {
        return new BridgeSignerTrust(
                List.of(anchor(anchorCode)), pool, new CrlRevocationSource(crls), BuildLimits.DEFAULT);
    }

    static BridgeSignerTrust trust(String anchorCode) {
        return trust(anchorCode, PKI.pool(), PKI.crls());
    }

    @Test
    void validatesHongKongCredentialInGuangdongThroughTheBridge() {
        PathResult result = trust("GD").validate(HK_SIGNER, NOW);
        assertTrue(result.isValid(), result.failures().toString());
        assertEquals("GD", result.jurisdiction());
        assertEquals(5, result.path().size(), result.subjects().toString());
        assertEquals(Set.of(Jurisdiction.GD.policy(Jurisdiction.Level.HIGH)), result.policies());
    }

    @Test
    void validatesGuangdongSm2CredentialInHongKongThroughTheBridge() {
        TrustVerdict verdict = trust("HK").evaluate(GD_SIGNER, NOW, null);
        assertEquals(CheckResult.PASSED, verdict.result(), verdict.detail());
        assertEquals("HK", verdict.jurisdiction());
        assertEquals(Set.of(Jurisdiction.HK.policy(Jurisdiction.Level.HIGH)), verdict.policies());
    }

    @Test
    void validatesMacauEd25519CredentialInGuangdong() {
        PathResult result = trust("GD").validate(MO_ED25519_SIGNER, NOW);
        assertTrue(result.isValid(), result.failures().toString());
    }

    @Test
    void validatesPathSignedByEd25519CasThroughTheBridge() {
        BridgePki ed = new PkiBuilder(Pkcs12CaKeys.inMemory(RANDOM), RANDOM, NOW)
                .jurisdictions(List.of(Jurisdiction.GD, Jurisdiction.MO.withAlgorithm(KeyAlgorithm.ED25519)))
                .build();
        X509Certificate signer = PkiBuilder.signer(
                ed.domain("MO"),
                "C=MO,O=DSAL,CN=Signer",
                KeyAlgorithm.ED25519.generate(RANDOM).getPublic(),
                NOW);
        assertEquals("Ed25519", signer.getSigAlgName());
        Anchor gd = new Anchor(
                ed.domain("GD").root().certificate(), "GD", Set.of(Jurisdiction.GD.policy(Jurisdiction.Level.HIGH)));
        PathResult result = new BridgeSignerTrust(
                        List.of(gd), ed.pool(), new CrlRevocationSource(ed.crls()), BuildLimits.DEFAULT)
                .validate(signer, NOW);
        assertTrue(result.isValid(), result.failures().toString());
        assertEquals(5, result.path().size());
    }

    @Test
    void validatesOwnJurisdictionDirectlyUnderItsRoot() {
        PathResult result = trust("HK").validate(HK_SIGNER, NOW);
        assertTrue(result.isValid(), result.failures().toString());
        assertEquals(3, result.path().size());
    }

    @Test
    void rejectsPathThroughRevokedCrossCertificate() {
        BridgePki.Domain hk = PKI.domain("HK");
        X509CRL bridgeCrl = PKI.bridge()
                .crl(
                        List.of(new RevocationEntry(
                                hk.bridgeCertifiesRoot().getSerialNumber(), NOW.minus(Duration.ofHours(1)), 5)),
                        NOW.minus(Duration.ofMinutes(30)),
                        NOW.plus(Duration.ofDays(1)),
                        BigInteger.TWO);
        CrlRevocationSource crls = new CrlRevocationSource(PKI.crls());
        BridgeSignerTrust trust = new BridgeSignerTrust(List.of(anchor("GD")), PKI.pool(), crls, BuildLimits.DEFAULT);
        assertTrue(trust.validate(HK_SIGNER, NOW).isValid());
        crls.publish(bridgeCrl);
        PathResult result = trust.validate(HK_SIGNER, NOW);
        assertEquals("revoked", result.reason(), result.failures().toString());
        assertEquals(CheckResult.FAILED, result.result());
    }

    @Test
    void rejectsPathWhenCrossCertificateLacksPolicyMapping() {
        BridgePki.Domain hk = PKI.domain("HK");
        X509Certificate unmapped = PKI.bridge()
                .crossCertify(
                        hk.root().certificate(),
                        PkiBuilder.bridgeCertifiesRoot(Jurisdiction.HK).withoutMappings(),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)));
        PathResult result = hongKongSignerInGuangdongWith(hk.bridgeCertifiesRoot(), unmapped);
        assertEquals("policy-not-acceptable", result.reason(), result.failures().toString());
    }

    @Test
    void rejectsSignerNamedOutsideTheJurisdictionSubtree() {
        X509Certificate misnamed = PkiBuilder.signer(
                PKI.domain("HK"),
                "C=CN,ST=Guangdong,O=Not Really Guangdong,CN=Signer",
                KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(),
                NOW);
        PathResult result = trust("GD").validate(misnamed, NOW);
        assertEquals(
                "name-constraint-violated", result.reason(), result.failures().toString());
        assertTrue(trust("HK").validate(misnamed, NOW).isValid(), "HK's own anchor has no such constraint");
    }

    @Test
    void rejectsPathThroughExpiredBridgeCertificate() {
        BridgePki.Domain gd = PKI.domain("GD");
        X509Certificate expired = gd.root()
                .crossCertify(
                        PKI.bridge().certificate(),
                        PkiBuilder.rootCertifiesBridge(Jurisdiction.GD),
                        new Validity(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1))));
        PathResult result = hongKongSignerInGuangdongWith(gd.rootCertifiesBridge(), expired);
        assertEquals("expired", result.reason(), result.failures().toString());
        assertEquals(
                PKI.bridge().certificate().getSubjectX500Principal(),
                result.path().get(3).getSubjectX500Principal());
    }

    @Test
    void rejectsExpiredSignerCertificate() {
        X509Certificate expired = PkiBuilder.expiredSigner(
                PKI.domain("HK"),
                "C=HK,O=Old,CN=Signer",
                KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(),
                NOW);
        PathResult result = trust("GD").validate(expired, NOW);
        assertEquals("expired", result.reason(), result.failures().toString());
        assertEquals(0, result.failures().get(0).index());
    }

    @Test
    void rejectsSignerRevokedByItsIssuingCa() {
        List<X509CRL> crls = new ArrayList<>(PKI.crls());
        crls.add(PkiBuilder.crlRevoking(PKI.domain("GD").issuing(), GD_SIGNER, NOW));
        PathResult result = trust("HK", PKI.pool(), crls).validate(GD_SIGNER, NOW);
        assertEquals("revoked", result.reason(), result.failures().toString());
        assertEquals(0, result.failures().get(0).index());
    }

    @Test
    void rejectsBridgeWhosePathLengthLeavesNoRoomForTheOtherJurisdiction() {
        BridgePki.Domain gd = PKI.domain("GD");
        X509Certificate tooShort = gd.root()
                .crossCertify(
                        PKI.bridge().certificate(),
                        PkiBuilder.rootCertifiesBridge(Jurisdiction.GD).withPathLength(1),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)));
        PathResult result = hongKongSignerInGuangdongWith(gd.rootCertifiesBridge(), tooShort);
        assertEquals("path-length-exceeded", result.reason(), result.failures().toString());
    }

    @Test
    void rejectsCaCertificatePresentedAsLicenceSigner() {
        PathResult result = trust("GD").validate(PKI.domain("HK").issuing().certificate(), NOW);
        assertEquals("key-usage", result.reason(), result.failures().toString());
    }

    @Test
    void rejectsMediumAssuranceSignerWhereHighIsRequired() {
        BridgePki.Domain hk = PKI.domain("HK");
        X509Certificate medium = hk.issuing()
                .certifySigner(
                        "C=HK,O=Medium,CN=Signer",
                        KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(),
                        Set.of(Jurisdiction.HK.policy(Jurisdiction.Level.MEDIUM)),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)));
        PathResult result = trust("GD").validate(medium, NOW);
        assertEquals("policy-not-acceptable", result.reason(), result.failures().toString());
    }

    @Test
    void answersRevocationUnknownWithoutCurrentCrl() {
        PathResult result = trust("GD", PKI.pool(), List.of()).validate(HK_SIGNER, NOW);
        assertEquals("revocation-unknown", result.reason());
        assertEquals(CheckResult.INDETERMINATE, result.result());
    }

    @Test
    void answersNoPathWithoutCrossCertificate() {
        List<X509Certificate> pool = new ArrayList<>(PKI.pool());
        pool.remove(PKI.domain("HK").bridgeCertifiesRoot());
        PathResult result = trust("GD", pool, PKI.crls()).validate(HK_SIGNER, NOW);
        assertEquals("no-path", result.reason(), result.failures().toString());
        assertEquals(CheckResult.INDETERMINATE, result.result());
    }

    @Test
    void servesRepeatedValidationFromCacheUntilRevocationChanges() {
        CrlRevocationSource crls = new CrlRevocationSource(PKI.crls());
        BridgeSignerTrust trust = new BridgeSignerTrust(List.of(anchor("GD")), PKI.pool(), crls, BuildLimits.DEFAULT);
        PathResult first = trust.validate(HK_SIGNER, NOW);
        assertEquals(1, trust.cached());
        assertTrue(first == trust.validate(HK_SIGNER, NOW.plusSeconds(60)), "second call is a cache hit");
        crls.publish(PKI.crls().get(0));
        assertTrue(first != trust.validate(HK_SIGNER, NOW), "a new CRL misses the cache");
    }

    @Test
    void cachedVerdictIsTheFreshVerdictAndFindsTheSignerByContent() throws Exception {
        BridgeSignerTrust trust = trust("GD");
        TrustVerdict fresh = trust.evaluate(HK_SIGNER, NOW, null);
        TrustVerdict hit = trust.evaluate(HK_SIGNER, NOW.plusSeconds(60), null);
        assertEquals(fresh, hit);
        assertSame(hit, trust.evaluate(HK_SIGNER, NOW.plusSeconds(120), null));
        assertEquals(trust("GD").validate(HK_SIGNER, NOW).toVerdict(), hit);
        // the same certificate parsed again is another object: found by its fingerprint, not its identity
        X509Certificate reparsed = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(HK_SIGNER.getEncoded()));
        assertSame(hit, trust.evaluate(reparsed, NOW, null), "a hit returns the stored verdict itself");
        assertEquals(1, trust.cached());
        assertEquals(
                CheckResult.FAILED,
                trust.evaluate(HK_SIGNER, NOW.plus(Duration.ofDays(3650 * 3)), null)
                        .result());
    }

    /** A GD verifier validating the HK signer with one certificate of the pool swapped for a variant. */
    static PathResult hongKongSignerInGuangdongWith(X509Certificate out, X509Certificate in) {
        return trust("GD", replace(PKI.pool(), out, in), PKI.crls()).validate(HK_SIGNER, NOW);
    }

    static List<X509Certificate> replace(List<X509Certificate> pool, X509Certificate out, X509Certificate in) {
        List<X509Certificate> copy = new ArrayList<>(pool);
        copy.remove(out);
        copy.add(in);
        return copy;
    }

    static CaProfile unconstrained() {
        return CaProfile.of(Set.of("2.5.29.32.0"));
    }
}
