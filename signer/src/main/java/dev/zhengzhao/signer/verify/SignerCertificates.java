package dev.zhengzhao.signer.verify;

import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.key.VerificationKey;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Finds a signer certificate, with its parsed key, by the kid of a COSE header. */
public interface SignerCertificates {
    Optional<Signer> find(Kid kid);

    /**
     * A signer certificate and what every verification reads from it, parsed once: reading these
     * from the certificate per verification costs a synchronised call into Bouncy Castle, and
     * request threads queued on it (docs/benchmarks.md, "lock contention").
     *
     * @param subject the subject name (RFC 2253), as reports show it
     * @param creditCode the issuer credit code in the subject's organizationIdentifier, or null
     *     (then no issuer check is made): build with the three-argument constructor, which reads
     *     both from the certificate, unless they are already known to be the certificate's
     */
    record Signer(X509Certificate certificate, VerificationKey key, Kid kid, String subject, String creditCode) {
        public Signer(X509Certificate certificate, VerificationKey key, Kid kid) {
            this(
                    certificate,
                    key,
                    kid,
                    certificate.getSubjectX500Principal().getName(),
                    IssuerBinding.creditCodeOf(certificate).orElse(null));
        }
    }
}
