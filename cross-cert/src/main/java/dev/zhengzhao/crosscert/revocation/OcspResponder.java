package dev.zhengzhao.crosscert.revocation;

import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP responder (RFC 6960) of a CA this service operates: request DER in, signed response DER
 * out, answered from the CA's {@link RevocationRegistry} and signed by the CA itself. A serial this
 * CA has not revoked is "good" (the CRL-equivalent model); a request about another CA's
 * certificate is "unknown". The HTTP endpoint (POST application/ocsp-request) wraps {@link
 * #respond}.
 */
public final class OcspResponder {
    private final CertificateAuthority ca;
    private final RevocationRegistry registry;
    private final Duration validity;
    private final DigestCalculatorProvider digests;

    /** @param validity how long each answer is current (nextUpdate − thisUpdate) */
    public OcspResponder(CertificateAuthority ca, RevocationRegistry registry, Duration validity) {
        this.ca = ca;
        this.registry = registry;
        this.validity = validity;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(Providers.bc())
                    .build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest provider", e);
        }
    }

    /** Answers one OCSP request; a malformed request gets a malformedRequest response, never an exception. */
    public byte[] respond(byte[] requestDer, Instant now) {
        try {
            return answer(new OCSPReq(requestDer), now).getEncoded();
        } catch (IOException | RuntimeException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        } catch (OCSPException | CertificateEncodingException e) {
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    private OCSPResp answer(OCSPReq request, Instant now)
            throws OCSPException, CertificateEncodingException, IOException {
        X509CertificateHolder caHolder =
                new X509CertificateHolder(ca.certificate().getEncoded());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(caHolder.getSubject()));
        Date thisUpdate = Date.from(now);
        Date nextUpdate = Date.from(now.plus(validity));
        for (Req r : request.getRequestList()) {
            CertificateID id = r.getCertID();
            CertificateStatus status;
            if (!id.matchesIssuer(caHolder, digests)) {
                status = new UnknownStatus();
            } else {
                Optional<RevocationEntry> entry = registry.entry(id.getSerialNumber());
                status = entry.<CertificateStatus>map(e -> new RevokedStatus(Date.from(e.revokedAt()), e.reason()))
                        .orElse(CertificateStatus.GOOD);
            }
            builder.addResponse(id, status, thisUpdate, nextUpdate);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        BasicOCSPResp basic = builder.build(ca.signer(), new X509CertificateHolder[] {caHolder}, thisUpdate);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    }

    private static byte[] status(int code) {
        try {
            return new OCSPRespBuilder().build(code, null).getEncoded();
        } catch (IOException | OCSPException e) {
            throw new IllegalStateException("cannot encode an OCSP error status", e);
        }
    }
}
