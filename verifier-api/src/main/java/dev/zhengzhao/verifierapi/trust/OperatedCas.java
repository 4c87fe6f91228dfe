package dev.zhengzhao.verifierapi.trust;

import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.trustlist.TrustListSigner;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate authorities this deployment operates, by name, with the bridge they form: what
 * the service publishes CRLs, OCSP answers and trust lists for. Most deployments operate none (the
 * bridge operator publishes); the demo operates its own bridge PKI.
 */
public interface OperatedCas {
    OperatedCas NONE = new OperatedCas() {
        @Override
        public Map<String, CertificateAuthority> authorities() {
            return Map.of();
        }

        @Override
        public BridgePki bridge() {
            throw new IllegalStateException("no CA is operated here");
        }

        @Override
        public TrustListSigner trustListSigner() {
            throw new IllegalStateException("no CA is operated here");
        }
    };

    /** Every operated CA by its published name (the {@code ca} of {@code /pki/{ca}.crl}). */
    Map<String, CertificateAuthority> authorities();

    /** The bridge CA and the jurisdiction domains it joins. */
    BridgePki bridge();

    /** Signs the published trust lists. */
    TrustListSigner trustListSigner();

    default boolean any() {
        return !authorities().isEmpty();
    }

    default Optional<CertificateAuthority> authority(String name) {
        return Optional.ofNullable(name == null ? null : authorities().get(name));
    }

    default List<X509Certificate> certificates() {
        return authorities().values().stream()
                .map(CertificateAuthority::certificate)
                .toList();
    }
}
