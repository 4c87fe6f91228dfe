package dev.zhengzhao.crosscert.trust;

import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.trust.TrustVerdict;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the jurisdiction a credential comes from — not the verifier's anchor, but the first
 * jurisdiction root on its path counting from the signer: a Hong Kong credential verified in
 * Guangdong through the bridge is reported as HK.
 */
public final class CredentialJurisdiction implements SignerTrust {
    private final SignerTrust delegate;
    private final Map<String, String> jurisdictionByRootSubject;

    /** @param roots every jurisdiction root certificate the verifier knows, with its jurisdiction */
    public CredentialJurisdiction(SignerTrust delegate, Map<X509Certificate, String> roots) {
        this.delegate = delegate;
        this.jurisdictionByRootSubject = new HashMap<>();
        roots.forEach((cert, j) ->
                jurisdictionByRootSubject.put(cert.getSubjectX500Principal().getName(), j));
    }

    @Override
    public TrustVerdict evaluate(X509Certificate signer, Instant at, String licenceTypeCode) {
        TrustVerdict verdict = delegate.evaluate(signer, at, licenceTypeCode);
        for (String subject : verdict.path()) {
            String jurisdiction = jurisdictionByRootSubject.get(subject);
            if (jurisdiction != null) {
                return new TrustVerdict(
                        verdict.result(),
                        verdict.reason(),
                        verdict.detail(),
                        jurisdiction,
                        verdict.path(),
                        verdict.policies());
            }
        }
        return verdict;
    }
}
