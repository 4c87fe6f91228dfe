package dev.zhengzhao.crosscert.revocation;

import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/** The revocation sources the service is assembled from. */
public final class RevocationSources {
    private RevocationSources() {}

    /**
     * Revocation as the verification service checks it, over HTTP OCSP with {@link
     * HttpOcspTransport#DEFAULT_TIMEOUT}; see {@link #forService(Set, RevocationRegistry, List,
     * OcspTransport)}.
     */
    public static RevocationSource forService(
            Set<X509Certificate> operatedCas, RevocationRegistry registry, List<X509CRL> crls) {
        return forService(operatedCas, registry, crls, new HttpOcspTransport(HttpOcspTransport.DEFAULT_TIMEOUT));
    }

    /**
     * Revocation as the verification service checks it:
     *
     * <ul>
     *   <li>a certificate issued by a CA this service operates (recognised by the issuer's key, so
     *       also when reached through a cross-certificate): the registry, at once, and never OCSP;
     *   <li>any other certificate whose Authority Information Access names an http or https OCSP
     *       responder: that responder first, then the CRLs when it gives no definite answer
     *       (unreachable, error status, bad signature, stale or unknown);
     *   <li>otherwise: the CRLs.
     * </ul>
     *
     * <p>The epoch moves with every revocation in the registry (OCSP answers are live and bounded
     * by their nextUpdate instead). Hand the result to {@link
     * dev.zhengzhao.crosscert.path.BridgeSignerTrust}, which reuses its definite answers while
     * current: a CA certificate's status is fetched once per period, not per validation.
     *
     * @param operatedCas the certificates of the CAs this service operates
     * @param registry their revocations
     * @param crls the CRLs of every other CA
     * @param transport how OCSP requests travel; it is only ever given http or https URLs and must
     *     give up quickly ({@link HttpOcspTransport} with a short timeout)
     */
    public static RevocationSource forService(
            Set<X509Certificate> operatedCas,
            RevocationRegistry registry,
            List<X509CRL> crls,
            OcspTransport transport) {
        RevocationSource others = new FallbackRevocationSource(
                List.of(new OcspRevocationSource(transport, null, new SecureRandom()), new CrlRevocationSource(crls)));
        return new OperatedRevocation(operatedCas, registry, others);
    }
}
