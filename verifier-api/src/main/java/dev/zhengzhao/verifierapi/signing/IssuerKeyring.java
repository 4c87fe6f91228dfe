package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.signer.key.IssuerKey;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;

/**
 * The issuer keys this service signs with, and the jurisdiction each signer certificate belongs
 * to (every issuer has one). Loaded once at start-up.
 */
public record IssuerKeyring(Map<CreditCode, IssuerKey> keys, Map<CreditCode, String> jurisdictions) {
    public IssuerKeyring {
        keys = Map.copyOf(keys);
        jurisdictions = Map.copyOf(jurisdictions);
    }

    /** Signer certificate → jurisdiction, for pinned trust. */
    public Map<X509Certificate, String> certificates() {
        Map<X509Certificate, String> certs = new HashMap<>();
        keys.forEach((issuer, key) -> certs.put(key.certificate(), jurisdictions.get(issuer)));
        return certs;
    }
}
