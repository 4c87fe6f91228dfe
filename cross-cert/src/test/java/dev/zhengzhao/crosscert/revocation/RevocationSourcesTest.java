package dev.zhengzhao.crosscert.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CaProfile;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.pki.Providers;
import dev.zhengzhao.crosscert.pki.Validity;
import java.io.IOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RevocationSources#forService}: the registry for the CAs this service operates, OCSP (then
 * the CRLs) for other CAs' certificates that name a responder, the CRLs for the rest. HK's issuing
 * CA plays a foreign CA with its own OCSP responder, answered in-process.
 */
class RevocationSourcesTest {
    static final Instant NOW = TestPki.NOW;
    static final BridgePki PKI = TestPki.PKI;
    static final BridgePki.Domain HK = PKI.domain("HK");
    static final URI HK_OCSP = URI.create("http://ocsp.hk.example/");

    /** The foreign CA's own revocations, behind its OCSP responder. */
    final RevocationRegistry hkOcspRegistry = new RevocationRegistry();

    final OcspResponder hkResponder = new OcspResponder(HK.issuing(), hkOcspRegistry, Duration.ofHours(1));

    /** The service's registry, for the CAs it operates. */
    final RevocationRegistry registry = new RevocationRegistry();

    /** Every responder URL the transport was given. */
    final List<URI> asked = new CopyOnWriteArrayList<>();

    OcspTransport recording(OcspTransport answering) {
        return (uri, request) -> {
            asked.add(uri);
            return answering.post(uri, request);
        };
    }

    OcspTransport hk() {
        return recording((uri, request) -> hkResponder.respond(request, NOW));
    }

    static X509Certificate signerNaming(URI ocsp) {
        return signerNaming(HK.issuing(), ocsp);
    }

    static X509Certificate signerNaming(CertificateAuthority ca, URI ocsp) {
        return ca.withRevocationUrls(ocsp, null)
                .certifySigner(
                        "C=HK,O=Lands Department,CN=Signer",
                        KeyAlgorithm.EC_P256.generate(TestPki.RANDOM).getPublic(),
                        Set.of(HK.jurisdiction().policy(Jurisdiction.Level.HIGH)),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(365)));
    }

    static Set<X509Certificate> everyCa() {
        Set<X509Certificate> cas = new HashSet<>(List.of(PKI.bridge().certificate()));
        PKI.domains().values().forEach(d -> {
            cas.add(d.root().certificate());
            cas.add(d.issuing().certificate());
        });
        return cas;
    }

    static BridgeSignerTrust trust(RevocationSource source) {
        return new BridgeSignerTrust(List.of(TestPki.anchor("GD")), PKI.pool(), source, BuildLimits.DEFAULT);
    }

    static List<X509CRL> crlsRevoking(X509Certificate signer) {
        List<X509CRL> crls = new ArrayList<>(PKI.crls());
        crls.add(PkiBuilder.crlRevoking(HK.issuing(), signer, NOW));
        return crls;
    }

    @Test
    void foreignCertificateNamingAResponderIsAskedByOcsp() {
        X509Certificate signer = signerNaming(HK_OCSP);
        RevocationSource source = RevocationSources.forService(Set.of(), registry, PKI.crls(), hk());
        RevocationStatus status = source.status(signer, HK.issuing().certificate(), NOW);
        assertEquals(RevocationStatus.State.GOOD, status.state(), status.detail());
        assertEquals("ocsp", status.source());
        assertEquals(List.of(HK_OCSP), asked);
    }

    @Test
    void ocspRevocationFailsThePathThoughTheCrlsAreSilent() {
        X509Certificate signer = signerNaming(HK_OCSP);
        hkOcspRegistry.revoke(new RevocationEntry(signer.getSerialNumber(), NOW.minusSeconds(60), 1));
        PathResult result = trust(RevocationSources.forService(Set.of(), registry, PKI.crls(), hk()))
                .validate(signer, NOW);
        assertEquals(
                Reason.REVOKED,
                result.failures().get(0).reason(),
                result.failures().toString());
        assertTrue(
                result.failures().get(0).detail().contains("(ocsp)"),
                result.failures().toString());
        assertEquals(List.of(HK_OCSP), asked, "only the signer names a responder");
    }

    static Stream<Arguments> noDefiniteAnswer() throws Exception {
        byte[] tryLaterStatus =
                new OCSPRespBuilder().build(OCSPRespBuilder.TRY_LATER, null).getEncoded();
        OcspTransport down = (uri, request) -> {
            throw new IOException("connection refused");
        };
        OcspTransport garbage = (uri, request) -> new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00};
        OcspTransport tryLater = (uri, request) -> tryLaterStatus;
        // another CA's responder: signed, but by a key that is not the issuer's, and "unknown"
        OcspResponder mo = new OcspResponder(PKI.domain("MO").issuing(), new RevocationRegistry(), Duration.ofHours(1));
        OcspTransport wrongResponder = (uri, request) -> mo.respond(request, NOW);
        OcspResponder hkStale = new OcspResponder(HK.issuing(), new RevocationRegistry(), Duration.ofHours(1));
        OcspTransport stale = (uri, request) -> hkStale.respond(request, NOW.minus(Duration.ofDays(1)));
        return Stream.of(
                Arguments.of(Named.of("unreachable", down)),
                Arguments.of(Named.of("successful but empty", garbage)),
                Arguments.of(Named.of("tryLater", tryLater)),
                Arguments.of(Named.of("another CA's responder", wrongResponder)),
                Arguments.of(Named.of("stale answer", stale)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDefiniteAnswer")
    void fallsBackToTheCrlsWhenOcspGivesNoDefiniteAnswer(OcspTransport transport) {
        X509Certificate signer = signerNaming(HK_OCSP);
        X509Certificate issuing = HK.issuing().certificate();
        RevocationStatus good = RevocationSources.forService(Set.of(), registry, PKI.crls(), recording(transport))
                .status(signer, issuing, NOW);
        assertEquals(RevocationStatus.State.GOOD, good.state(), good.detail());
        assertEquals("crl", good.source());

        RevocationStatus revoked = RevocationSources.forService(
                        Set.of(), registry, crlsRevoking(signer), recording(transport))
                .status(signer, issuing, NOW);
        assertEquals(RevocationStatus.State.REVOKED, revoked.state(), revoked.detail());
        assertEquals("crl", revoked.source());
        assertEquals(List.of(HK_OCSP, HK_OCSP), asked);
    }

    @Test
    void neitherOcspNorACrlIsIndeterminate() {
        OcspTransport down = (uri, request) -> {
            throw new IOException("connection refused");
        };
        PathResult result = trust(RevocationSources.forService(Set.of(), registry, List.of(), recording(down)))
                .validate(signerNaming(HK_OCSP), NOW);
        assertEquals(Reason.REVOCATION_UNKNOWN, result.failures().get(0).reason());
        assertEquals(CheckResult.INDETERMINATE, result.result());
    }

    @Test
    void operatedCasAreAnsweredFromTheRegistryAndNeverByOcsp() {
        X509Certificate signer = signerNaming(HK_OCSP);
        RevocationSource source = RevocationSources.forService(everyCa(), registry, PKI.crls(), hk());
        BridgeSignerTrust trust = trust(source);
        PathResult valid = trust.validate(signer, NOW);
        assertTrue(valid.isValid(), valid.failures().toString());
        assertEquals(
                "registry",
                source.status(signer, HK.issuing().certificate(), NOW).source());

        long epoch = source.epoch();
        registry.revoke(new RevocationEntry(signer.getSerialNumber(), NOW.minusSeconds(1), 1));
        assertNotEquals(epoch, source.epoch(), "a revocation moves the epoch");
        PathResult revoked = trust.validate(signer, NOW);
        assertEquals(Reason.REVOKED, revoked.failures().get(0).reason(), "the cached path is not served");
        assertEquals(List.of(), asked);
    }

    @Test
    void operatedCaIsRecognisedByItsKeyNotItsCertificate() {
        // the same HK issuing CA key under a re-issued certificate: still operated
        CertificateAuthority hkIssuing = HK.issuing();
        X509Certificate reissued = PKI.domain("HK")
                .root()
                .certifyCa(
                        hkIssuing.certificate().getSubjectX500Principal(),
                        hkIssuing.certificate().getPublicKey(),
                        CaProfile.of(HK.jurisdiction().policies()),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(365)));
        RevocationStatus status = RevocationSources.forService(Set.of(reissued), registry, PKI.crls(), hk())
                .status(signerNaming(HK_OCSP), hkIssuing.certificate(), NOW);
        assertEquals("registry", status.source());
        assertEquals(List.of(), asked);
    }

    static Stream<Arguments> noHttpResponder() {
        return Stream.of(
                Arguments.of(Named.of(
                        "no AIA", TestPki.signer("HK", "C=HK,O=Lands Department,CN=Signer", KeyAlgorithm.EC_P256))),
                Arguments.of(Named.of("ldap", signerNaming(URI.create("ldap://ocsp.hk.example/")))),
                Arguments.of(Named.of("file", signerNaming(URI.create("file:///etc/passwd")))),
                Arguments.of(Named.of("no host", signerNaming(URI.create("http:/relative")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noHttpResponder")
    void certificateNamingNoHttpResponderIsAnsweredByTheCrls(X509Certificate signer) {
        RevocationSource source = RevocationSources.forService(Set.of(), registry, crlsRevoking(signer), hk());
        RevocationStatus status = source.status(signer, HK.issuing().certificate(), NOW);
        assertEquals(RevocationStatus.State.REVOKED, status.state(), status.detail());
        assertEquals("crl", status.source());
        assertEquals(List.of(), asked);
    }

    @Test
    void caCertificateIsAskedOncePerPeriodNotOncePerSigner() {
        // HK's issuing CA certificate re-issued naming its root's responder, in place of the original
        URI rootOcsp = URI.create("https://ocsp.hk-root.example/");
        CertificateAuthority hkIssuing = HK.issuing();
        X509Certificate issuingNamingRoot = HK.root()
                .withRevocationUrls(rootOcsp, null)
                .certifyCa(
                        hkIssuing.certificate().getSubjectX500Principal(),
                        hkIssuing.certificate().getPublicKey(),
                        CaProfile.of(HK.jurisdiction().policies()).withPathLength(0),
                        Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(365)));
        List<X509Certificate> pool = new ArrayList<>(PKI.pool());
        pool.remove(hkIssuing.certificate());
        pool.add(issuingNamingRoot);
        OcspResponder root = new OcspResponder(HK.root(), new RevocationRegistry(), Duration.ofHours(1));
        OcspTransport byUrl = recording((uri, request) ->
                uri.equals(rootOcsp) ? root.respond(request, NOW) : hkResponder.respond(request, NOW));
        BridgeSignerTrust trust = new BridgeSignerTrust(
                List.of(TestPki.anchor("GD")),
                pool,
                RevocationSources.forService(Set.of(), registry, PKI.crls(), byUrl),
                BuildLimits.DEFAULT);
        PathResult first = trust.validate(signerNaming(HK_OCSP), NOW);
        assertTrue(first.isValid(), first.failures().toString());
        assertTrue(first.path().contains(issuingNamingRoot), first.subjects().toString());
        assertTrue(trust.validate(signerNaming(HK_OCSP), NOW).isValid());
        assertEquals(List.of(HK_OCSP, rootOcsp, HK_OCSP), asked, "the issuing CA is asked about once");
    }

    /** A responder the CA delegated to, with another kind of key than the CA's (Ed25519 for P-256). */
    @Test
    void answerOfADelegatedResponderWithAnotherKeyTypeCounts() throws Exception {
        CertificateAuthority hkIssuing = HK.issuing();
        KeyPair responderKey = KeyAlgorithm.ED25519.generate(TestPki.RANDOM);
        X509Certificate responderCert = hkIssuing.certifyOcspResponder(
                "C=HK,O=Lands Department,CN=OCSP Responder",
                responderKey.getPublic(),
                Validity.of(NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)));
        X509CertificateHolder holder = new X509CertificateHolder(responderCert.getEncoded());
        OcspTransport delegated = (uri, der) -> {
            try {
                OCSPReq request = new OCSPReq(der);
                BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(holder.getSubject()));
                for (Req r : request.getRequestList()) {
                    builder.addResponse(
                            r.getCertID(),
                            CertificateStatus.GOOD,
                            Date.from(NOW),
                            Date.from(NOW.plus(Duration.ofHours(1))));
                }
                Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
                builder.setResponseExtensions(new Extensions(nonce));
                var basic = builder.build(
                        new JcaContentSignerBuilder("Ed25519")
                                .setProvider(Providers.bc())
                                .build(responderKey.getPrivate()),
                        new X509CertificateHolder[] {holder},
                        Date.from(NOW));
                return new OCSPRespBuilder()
                        .build(OCSPRespBuilder.SUCCESSFUL, basic)
                        .getEncoded();
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
        RevocationStatus status = RevocationSources.forService(Set.of(), registry, List.of(), recording(delegated))
                .status(signerNaming(HK_OCSP), hkIssuing.certificate(), NOW);
        assertEquals(RevocationStatus.State.GOOD, status.state(), status.detail());
        assertEquals("ocsp", status.source());
    }
}
