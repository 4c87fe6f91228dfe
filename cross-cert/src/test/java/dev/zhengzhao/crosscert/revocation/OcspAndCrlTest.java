package dev.zhengzhao.crosscert.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcspAndCrlTest {
    static final Instant NOW = TestPki.NOW;
    static final SecureRandom RANDOM = TestPki.RANDOM;
    static final BridgePki PKI = TestPki.PKI;
    static final URI OCSP = URI.create("http://ocsp.example.invalid/");

    /** Every CA of the PKI answers OCSP in-process, each from its own registry. */
    final Map<String, RevocationRegistry> registries = new HashMap<>();

    final List<OcspResponder> responders = new ArrayList<>();

    OcspAndCrlTest() {
        List<CertificateAuthority> cas = new ArrayList<>(List.of(PKI.bridge()));
        PKI.domains().values().forEach(d -> {
            cas.add(d.root());
            cas.add(d.issuing());
        });
        for (CertificateAuthority ca : cas) {
            RevocationRegistry registry = new RevocationRegistry();
            registries.put(ca.alias(), registry);
            responders.add(new OcspResponder(ca, registry, Duration.ofHours(1)));
        }
    }

    /** Tries every responder: the one whose CA issued the certificate answers; the others say unknown. */
    OcspTransport inProcess() {
        return (uri, request) -> {
            for (OcspResponder responder : responders) {
                byte[] answer = responder.respond(request, NOW);
                if (!unknownOnly(answer)) {
                    return answer;
                }
            }
            return responders.get(0).respond(request, NOW);
        };
    }

    static boolean unknownOnly(byte[] answer) {
        try {
            var basic = (org.bouncycastle.cert.ocsp.BasicOCSPResp)
                    new org.bouncycastle.cert.ocsp.OCSPResp(answer).getResponseObject();
            return basic.getResponses()[0].getCertStatus() instanceof org.bouncycastle.cert.ocsp.UnknownStatus;
        } catch (Exception e) {
            return true;
        }
    }

    static Anchor gdAnchor() {
        return TestPki.anchor("GD");
    }

    X509Certificate hkSigner() {
        return TestPki.signer("HK", "C=HK,O=Lands Department,CN=Signer", KeyAlgorithm.EC_P256);
    }

    @Test
    void ocspAnswersGoodThenRevokedForSignerCertificate() {
        X509Certificate signer = hkSigner();
        X509Certificate issuing = PKI.domain("HK").issuing().certificate();
        OcspRevocationSource ocsp = new OcspRevocationSource(inProcess(), OCSP, RANDOM);
        RevocationStatus good = ocsp.status(signer, issuing, NOW);
        assertEquals(RevocationStatus.State.GOOD, good.state(), good.detail());
        registries.get("hk-issuing").revoke(new RevocationEntry(signer.getSerialNumber(), NOW.minusSeconds(60), 1));
        RevocationStatus status = ocsp.status(signer, issuing, NOW);
        assertEquals(RevocationStatus.State.REVOKED, status.state(), status.detail());
    }

    @Test
    void bridgePathFailsRevokedWhenOcspReportsCrossCertificateRevoked() {
        X509Certificate signer = hkSigner();
        registries
                .get("bridge")
                .revoke(new RevocationEntry(
                        PKI.domain("HK").bridgeCertifiesRoot().getSerialNumber(), NOW.minusSeconds(60), 5));
        RevocationSource source = new FallbackRevocationSource(
                List.of(new OcspRevocationSource(inProcess(), OCSP, RANDOM), new CrlRevocationSource(PKI.crls())));
        PathResult result = new BridgeSignerTrust(List.of(gdAnchor()), PKI.pool(), source, BuildLimits.DEFAULT)
                .validate(signer, NOW);
        assertEquals("revoked", result.reason(), result.failures().toString());
    }

    @Test
    void caCertificateStatusIsAskedOncePerPeriodNotOncePerSigner() {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        OcspTransport counting = (uri, request) -> {
            requests.incrementAndGet();
            return inProcess().post(uri, request);
        };
        BridgeSignerTrust trust = new BridgeSignerTrust(
                List.of(gdAnchor()), PKI.pool(), new OcspRevocationSource(counting, OCSP, RANDOM), BuildLimits.DEFAULT);
        assertTrue(trust.validate(hkSigner(), NOW).isValid());
        assertEquals(4, requests.get(), "signer, issuing CA and both cross-certificates");
        assertTrue(trust.validate(hkSigner(), NOW).isValid());
        assertEquals(5, requests.get(), "only the new signer is asked about");
    }

    @Test
    void fallsBackToCrlWhenResponderIsUnreachable() {
        OcspTransport down = (uri, request) -> {
            throw new IOException("connection refused");
        };
        RevocationSource source = new FallbackRevocationSource(
                List.of(new OcspRevocationSource(down, OCSP, RANDOM), new CrlRevocationSource(PKI.crls())));
        PathResult result = new BridgeSignerTrust(List.of(gdAnchor()), PKI.pool(), source, BuildLimits.DEFAULT)
                .validate(hkSigner(), NOW);
        assertTrue(result.isValid(), result.failures().toString());
    }

    @Test
    void unreachableResponderAndNoCrlIsIndeterminate() {
        OcspTransport down = (uri, request) -> {
            throw new IOException("connection refused");
        };
        RevocationSource source = new FallbackRevocationSource(
                List.of(new OcspRevocationSource(down, OCSP, RANDOM), new CrlRevocationSource(List.of())));
        PathResult result = new BridgeSignerTrust(List.of(gdAnchor()), PKI.pool(), source, BuildLimits.DEFAULT)
                .validate(hkSigner(), NOW);
        assertEquals("revocation-unknown", result.reason());
        assertEquals(CheckResult.INDETERMINATE, result.result());
    }

    @Test
    void responderAnswersGarbageWithMalformedRequestStatus() throws Exception {
        byte[] answer = responders.get(0).respond(new byte[] {1, 2, 3}, NOW);
        assertEquals(
                org.bouncycastle.cert.ocsp.OCSPRespBuilder.MALFORMED_REQUEST,
                new org.bouncycastle.cert.ocsp.OCSPResp(answer).getStatus());
    }

    @Test
    void publishedCrlListsRevocationAndVerifiesWithOpenssl(@TempDir Path dir) throws Exception {
        // OpenSSL 3.0 reported "verify failure" on our SM2-signed CRL (which BC verifies), so the
        // independent check uses HK's P-256 issuing CA
        CertificateAuthority hkIssuing = PKI.domain("HK").issuing();
        RevocationRegistry registry = registries.get("hk-issuing");
        X509Certificate signer = hkSigner();
        registry.revoke(new RevocationEntry(signer.getSerialNumber(), NOW.minusSeconds(10), 1));
        byte[] der = new CrlPublisher(hkIssuing, registry, Duration.ofDays(1)).crl(NOW);
        X509CRL crl = (X509CRL)
                CertificateFactory.getInstance("X.509", Providers.bc()).generateCRL(new ByteArrayInputStream(der));
        crl.verify(hkIssuing.certificate().getPublicKey(), Providers.bc());
        assertTrue(crl.isRevoked(signer));
        // an independent reader: OpenSSL parses the CRL and checks its SM2 signature
        Files.write(dir.resolve("crl.der"), der);
        Files.writeString(dir.resolve("ca.pem"), pem(hkIssuing.certificate()));
        Process p = new ProcessBuilder(
                        "openssl", "crl", "-inform", "DER", "-in", "crl.der", "-CAfile", "ca.pem", "-noout")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(out.contains("verify OK"), out);
    }

    static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
