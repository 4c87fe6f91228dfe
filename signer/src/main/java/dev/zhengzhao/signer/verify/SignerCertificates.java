package dev.zhengzhao.signer.verify;

import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.key.VerificationKey;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Finds a signer certificate, with its parsed key, by the kid of a COSE header. */
public interface SignerCertificates {
    Optional<Signer> find(Kid kid);

    /** A signer certificate and its key, parsed once. */
    record Signer(X509Certificate certificate, VerificationKey key, Kid kid) {}
}
