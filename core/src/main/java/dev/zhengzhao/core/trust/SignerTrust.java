package dev.zhengzhao.core.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Decides whether a licence-signer certificate is trusted at a given time, and through which path.
 * Implemented by cross-cert (path building and RFC 5280 validation through the bridge) and, for
 * tests and single-jurisdiction offline use, by {@link PinnedSignerTrust}.
 */
public interface SignerTrust {
    /**
     * @param signer the signer's certificate
     * @param at the validation time
     * @param licenceTypeCode the licence type being verified, so a trust list can say whether this
     *     signer may sign that type; may be null
     */
    TrustVerdict evaluate(X509Certificate signer, Instant at, String licenceTypeCode);
}
