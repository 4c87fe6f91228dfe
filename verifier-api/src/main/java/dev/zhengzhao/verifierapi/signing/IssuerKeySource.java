package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.signer.key.IssuerKey;
import java.util.Map;

/**
 * Where issuer signing keys come from: the configured key files, and whatever else the deployment
 * supplies (the demo's keys). The service signs with the union of every source's keys.
 */
public interface IssuerKeySource {
    /** Each issuer's key. */
    Map<CreditCode, IssuerKey> keys();

    /** The jurisdiction of an issuer whose key this source holds, or null for the home jurisdiction. */
    default String jurisdiction(CreditCode issuer) {
        return null;
    }
}
