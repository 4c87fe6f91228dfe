package dev.zhengzhao.crosscert.revocation;

import dev.zhengzhao.crosscert.pki.Providers;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP client: asks the responder named in the certificate (or a configured one) and accepts
 * the answer only when it is signed by the issuing CA or by a responder the CA delegated to
 * (id-kp-OCSPSigning), carries our nonce back, and is current at the validation time. Anything
 * else — unreachable responder, error status, bad signature, stale answer — is UNKNOWN, so a
 * {@link FallbackRevocationSource} can try the CRL.
 */
public final class OcspRevocationSource implements RevocationSource {
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final OcspTransport transport;
    private final URI defaultResponder;
    private final SecureRandom random;

    /**
     * @param defaultResponder asked when a certificate names no responder; may be null (then only
     *     certificates naming one are asked about)
     * @throws IllegalArgumentException when the default responder is not an http or https URL
     */
    public OcspRevocationSource(OcspTransport transport, URI defaultResponder, SecureRandom random) {
        if (defaultResponder != null && !httpUrl(defaultResponder)) {
            throw new IllegalArgumentException("an OCSP responder must be an http or https URL: " + defaultResponder);
        }
        this.transport = transport;
        this.defaultResponder = defaultResponder;
        this.random = random;
    }

    /** OCSP answers are live: freshness is bounded by each answer's nextUpdate, not by an epoch. */
    @Override
    public long epoch() {
        return 0;
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        URI responder = responder(certificate);
        if (responder == null) {
            return RevocationStatus.unknown("ocsp", "the certificate names no http(s) OCSP responder");
        }
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(Providers.bc())
                    .build();
            CertificateID id = new CertificateID(
                    digests.get(CertificateID.HASH_SHA1),
                    new X509CertificateHolder(issuer.getEncoded()),
                    certificate.getSerialNumber());
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            byte[] request = new OCSPReqBuilder()
                    .addRequest(id)
                    .setRequestExtensions(new Extensions(Extension.create(
                            OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))))
                    .build()
                    .getEncoded();
            OCSPResp response = new OCSPResp(transport.post(responder, request));
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return RevocationStatus.unknown("ocsp", "the OCSP responder answered status " + response.getStatus());
            }
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            if (!signedForIssuer(basic, issuer, at)) {
                return RevocationStatus.unknown("ocsp", "the OCSP answer is not signed by the CA or its responder");
            }
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed != null
                    && !Arrays.equals(
                            ASN1OctetString.getInstance(echoed.getParsedValue()).getOctets(), nonce)) {
                return RevocationStatus.unknown("ocsp", "the OCSP answer carries another request's nonce");
            }
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().equals(id)) {
                    return status(single, at);
                }
            }
            return RevocationStatus.unknown("ocsp", "the OCSP answer does not cover the certificate");
        } catch (IOException e) {
            return RevocationStatus.unknown("ocsp", "the OCSP responder could not be reached");
        } catch (Exception e) {
            // any parse or crypto failure of the answer means "no usable answer", never "good"
            return RevocationStatus.unknown("ocsp", "the OCSP answer could not be read");
        }
    }

    private static RevocationStatus status(SingleResp single, Instant at) {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Instant nextUpdate =
                single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
        if (thisUpdate.isAfter(at.plus(SKEW)) || (nextUpdate != null && nextUpdate.isBefore(at))) {
            return RevocationStatus.unknown("ocsp", "the OCSP answer is not current at the validation time");
        }
        // without nextUpdate an answer is only as good as it is fresh (RFC 6960 4.2.2.1): an old
        // one could be replayed long after the certificate was revoked
        if (nextUpdate == null && thisUpdate.isBefore(at.minus(SKEW))) {
            return RevocationStatus.unknown("ocsp", "the OCSP answer has no nextUpdate and is not fresh");
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return new RevocationStatus(
                    RevocationStatus.State.GOOD, null, "ocsp", thisUpdate, nextUpdate, "OCSP: good");
        }
        if (status instanceof RevokedStatus revoked) {
            Instant when = revoked.getRevocationTime().toInstant();
            if (when.isAfter(at)) {
                return new RevocationStatus(
                        RevocationStatus.State.GOOD,
                        null,
                        "ocsp",
                        thisUpdate,
                        nextUpdate,
                        "revoked only after the validation time");
            }
            return new RevocationStatus(
                    RevocationStatus.State.REVOKED, when, "ocsp", thisUpdate, nextUpdate, "OCSP: revoked");
        }
        return RevocationStatus.unknown("ocsp", "the OCSP responder does not know the certificate");
    }

    private static boolean signedForIssuer(BasicOCSPResp basic, X509Certificate issuer, Instant at) throws Exception {
        JcaContentVerifierProviderBuilder verifiers =
                new JcaContentVerifierProviderBuilder().setProvider(Providers.bc());
        if (verifies(basic, verifiers, issuer.getPublicKey())) {
            return true;
        }
        X500Name issuerName =
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        for (X509CertificateHolder delegate : basic.getCerts()) {
            ExtendedKeyUsage purposes = ExtendedKeyUsage.fromExtensions(delegate.getExtensions());
            boolean delegated = delegate.getIssuer().equals(issuerName)
                    && purposes != null
                    && purposes.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                    && delegate.isValidOn(Date.from(at))
                    && delegate.isSignatureValid(verifiers.build(issuer.getPublicKey()));
            if (delegated && basic.isSignatureValid(verifiers.build(delegate))) {
                return true;
            }
        }
        return false;
    }

    /** False, not an exception, when the key does not fit the answer's algorithm (a delegate may sign). */
    private static boolean verifies(BasicOCSPResp basic, JcaContentVerifierProviderBuilder verifiers, PublicKey key) {
        try {
            return basic.isSignatureValid(verifiers.build(key));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The first http or https OCSP location of the certificate's Authority Information Access, else
     * the default responder: nothing else (ldap:, file:, a malformed location) is ever asked.
     */
    private URI responder(X509Certificate certificate) {
        byte[] ext = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (ext == null) {
            return defaultResponder;
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(ext).getOctets());
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (d.getAccessMethod().equals(X509ObjectIdentifiers.id_ad_ocsp)
                        && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    URI uri = uri(d.getAccessLocation().getName().toString());
                    if (uri != null && httpUrl(uri)) {
                        return uri;
                    }
                }
            }
        } catch (RuntimeException e) {
            // a malformed extension names no responder
        }
        return defaultResponder;
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean httpUrl(URI uri) {
        String scheme = uri.getScheme();
        return uri.isAbsolute()
                && uri.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
