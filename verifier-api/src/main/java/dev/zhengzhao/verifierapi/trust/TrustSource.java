package dev.zhengzhao.verifierapi.trust;

import dev.zhengzhao.crosscert.trust.TrustMaterial;

/**
 * Trust material supplied by the deployment beside what {@code zz.trust} configures: the demo's
 * bridge PKI, with the CAs it operates. The service trusts the union of the configured material and
 * every source's.
 */
public interface TrustSource {
    TrustMaterial material();

    default OperatedCas operated() {
        return OperatedCas.NONE;
    }
}
