package dev.zhengzhao.crosscert.trustlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CaProfile;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.pki.Validity;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustListTest {
    static final Instant NOW = TestPki.NOW;
    static final SecureRandom RANDOM = TestPki.RANDOM;
    static final Pkcs12CaKeys KEYS = TestPki.KEYS;
    static final BridgePki PKI = TestPki.PKI;
    static final CertificateAuthority LIST_CA = CertificateAuthority.createRoot(
            KEYS,
            "trust-list",
            "C=CN,O=GBA Trust Bridge,CN=Trust List Signer",
            KeyAlgorithm.SM2,
            CaProfile.of(Set.of()),
            Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(365)),
            RANDOM);
    static final X509Certificate HK_SIGNER = PkiBuilder.signer(
            PKI.domain("HK"),
            "C=HK,O=Transport Department,CN=Signer",
            KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(),
            NOW);
    static final String HK_DRIVING = "HK-DL";
    static final String GD_DRIVING = "11100000000013338W001";

    static TrustList hkList(long sequence, List<TrustList.SignerEntry> signers) {
        BridgePki.Domain hk = PKI.domain("HK");
        return new TrustList(
                "HK",
                sequence,
                NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(7)),
                List.of(new TrustList.AnchorEntry(
                        "HK", hk.root().certificate(), Set.of(Jurisdiction.HK.policy(Jurisdiction.Level.HIGH)))),
                List.of(new TrustList.CaEntry("HK", hk.issuing().certificate())),
                signers,
                List.of(new TrustList.TypeEquivalence(
                        "driving licence", Map.of("GD", GD_DRIVING, "HK", HK_DRIVING, "MO", "MO-CC"))));
    }

    @Test
    void listDerivedFromPkiLetsOfflineVerifierTrustListedSigner() {
        TrustList all = TrustList.fromPki(
                PKI,
                TrustList.ALL,
                1,
                NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(1)),
                List.of(new TrustList.SignerEntry("HK", HK_SIGNER, Set.of("*"))),
                List.of());
        assertEquals(3, all.anchors().size());
        TrustVerdict verdict = new TrustListSignerTrust(all).evaluate(HK_SIGNER, NOW, "any-type");
        assertEquals(CheckResult.PASSED, verdict.result(), verdict.detail());
        assertEquals("HK", verdict.jurisdiction());
    }

    static TrustList hkList(long sequence) {
        return hkList(sequence, List.of(new TrustList.SignerEntry("HK", HK_SIGNER, Set.of(HK_DRIVING))));
    }

    final TrustListSigner signer = new TrustListSigner(KEYS, "trust-list");
    final TrustListVerifier verifier = new TrustListVerifier(LIST_CA.certificate());

    @Test
    void signedListVerifiesAndRoundTrips() {
        TrustList list = hkList(3);
        TrustListCheck check = verifier.verify(signer.sign(list), NOW, 2);
        TrustList back = assertInstanceOf(TrustListCheck.Accepted.class, check).list();
        assertEquals(list, back);
        assertEquals(GD_DRIVING, back.equivalentTypes("HK", HK_DRIVING).get("GD"));
    }

    @Test
    void refusesStaleList() {
        TrustListCheck check = verifier.verify(signer.sign(hkList(3)), NOW.plus(Duration.ofDays(8)), -1);
        assertEquals("stale", ((TrustListCheck.Refused) check).reason());
    }

    @Test
    void refusesOlderVersion() {
        TrustListCheck check = verifier.verify(signer.sign(hkList(3)), NOW, 4);
        assertEquals("older-version", ((TrustListCheck.Refused) check).reason());
    }

    @Test
    void currentListIsReplacedByNewerButNotByOlder() {
        CurrentTrustList current = new CurrentTrustList(verifier);
        assertTrue(current.offer(signer.sign(hkList(4)), NOW).accepted());
        assertEquals("older-version", ((TrustListCheck.Refused) current.offer(signer.sign(hkList(3)), NOW)).reason());
        assertEquals(4, current.at(NOW).orElseThrow().sequence());
        assertTrue(current.offer(signer.sign(hkList(5)), NOW).accepted());
        assertEquals(5, current.at(NOW).orElseThrow().sequence());
        assertTrue(current.at(NOW.plus(Duration.ofDays(8))).isEmpty(), "a stale list is not served");
    }

    @Test
    void refusesTamperedList() {
        byte[] signed = signer.sign(hkList(3));
        // the first bytes of the JSON: the CMS may cut long content into chunks
        byte[] content = java.util.Arrays.copyOf(TrustListSigner.content(hkList(3)), 100);
        int at = indexOf(signed, content) + 20;
        signed[at] ^= 1;
        TrustListCheck check = verifier.verify(signed, NOW, -1);
        assertTrue(!check.accepted(), check.toString());
        assertTrue(Set.of("bad-signature", "malformed").contains(((TrustListCheck.Refused) check).reason()));
    }

    @Test
    void refusesListSignedBySomeoneElse() {
        TrustListVerifier other = new TrustListVerifier(PKI.bridge().certificate());
        TrustListCheck check = other.verify(signer.sign(hkList(3)), NOW, -1);
        assertEquals("unknown-signer", ((TrustListCheck.Refused) check).reason());
    }

    @Test
    void trustListSignerTrustChecksLicenceType() {
        TrustListSignerTrust trust = new TrustListSignerTrust(hkList(3));
        TrustVerdict ok = trust.evaluate(HK_SIGNER, NOW, HK_DRIVING);
        assertEquals(CheckResult.PASSED, ok.result(), ok.detail());
        assertEquals("HK", ok.jurisdiction());
        assertEquals(
                "licence-type-not-allowed",
                trust.evaluate(HK_SIGNER, NOW, "HK-OTHER").reason().code());
        X509Certificate unlisted = PkiBuilder.signer(
                PKI.domain("HK"),
                "C=HK,O=Elsewhere,CN=Signer",
                KeyAlgorithm.ED25519.generate(RANDOM).getPublic(),
                NOW);
        assertEquals(
                "not-in-trust-list",
                trust.evaluate(unlisted, NOW, HK_DRIVING).reason().code());
    }

    @Test
    void deltaNamesAddedAndRemovedSigners() {
        X509Certificate second = PkiBuilder.signer(
                PKI.domain("HK"),
                "C=HK,O=Immigration,CN=Signer",
                KeyAlgorithm.EC_P256.generate(RANDOM).getPublic(),
                NOW);
        TrustList v3 = hkList(3);
        TrustList v4 = hkList(4, List.of(new TrustList.SignerEntry("HK", second, Set.of("*"))));
        TrustListDelta delta = TrustListDelta.between(v3, v4);
        assertEquals(1, delta.added().size());
        assertEquals(1, delta.removed().size());
        assertTrue(
                delta.added().get(0).startsWith("signer HK CN=Signer,O=Immigration,C=HK"),
                delta.added().get(0));
        assertTrue(TrustListDelta.between(v3, hkList(3)).isEmpty());
    }

    @Test
    void combinedListCarriesEveryJurisdiction() {
        TrustList combined = TrustList.combine(9, NOW, NOW.plus(Duration.ofDays(1)), List.of(hkList(3), hkList(3)));
        assertEquals(TrustList.ALL, combined.scope());
        assertEquals(2, combined.anchors().size());
        assertEquals(1, combined.equivalences().size());
        assertInstanceOf(TrustListCheck.Accepted.class, verifier.verify(signer.sign(combined), NOW, -1));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("content not found in the CMS");
    }
}
