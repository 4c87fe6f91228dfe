package dev.zhengzhao.core.trust;

import dev.zhengzhao.core.verify.Reason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trust by pinning: a signer is trusted when its exact certificate is in the configured set and
 * valid at the time. For tests, demos and a verifier that was handed the signer certificates
 * directly; the bridge (cross-cert) replaces it with path validation.
 */
public final class PinnedSignerTrust implements SignerTrust {
    private final Map<X509Certificate, String> jurisdictionBySigner;

    /** @param jurisdictionBySigner each pinned signer certificate and the jurisdiction it belongs to */
    public PinnedSignerTrust(Map<X509Certificate, String> jurisdictionBySigner) {
        this.jurisdictionBySigner = Map.copyOf(jurisdictionBySigner);
    }

    @Override
    public TrustVerdict evaluate(X509Certificate signer, Instant at, String licenceTypeCode) {
        List<String> path = List.of(signer.getSubjectX500Principal().getName());
        String jurisdiction = jurisdictionBySigner.get(signer);
        if (jurisdiction == null) {
            return TrustVerdict.untrusted(
                    Reason.NOT_TRUSTED, "the signer certificate is not among the pinned signers", path);
        }
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            return TrustVerdict.untrusted(
                    Reason.CERTIFICATE_EXPIRED, "the signer certificate had expired at the validation time", path);
        } catch (CertificateNotYetValidException e) {
            return TrustVerdict.untrusted(
                    Reason.CERTIFICATE_NOT_YET_VALID,
                    "the signer certificate was not yet valid at the validation time",
                    path);
        }
        return TrustVerdict.trusted(jurisdiction, path, Set.of(), "pinned signer certificate");
    }
}
