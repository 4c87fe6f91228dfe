package dev.zhengzhao.crosscert.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Answers "was this certificate revoked at that time?" from CRLs, OCSP, or both. */
public interface RevocationSource {
    /**
     * @param certificate the certificate asked about
     * @param issuer the certificate of the CA that issued it (the next one up the path)
     * @param at the validation time
     */
    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at);

    /**
     * A number that changes whenever the source's data changes (a CRL published, a certificate
     * revoked). Caches of validated paths key on it, so a revocation invalidates them.
     */
    long epoch();
}
