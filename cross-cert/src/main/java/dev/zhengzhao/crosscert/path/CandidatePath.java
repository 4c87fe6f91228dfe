package dev.zhengzhao.crosscert.path;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A chain the builder assembled: the certificates from the leaf up (anchor excluded) and the anchor
 * they end at.
 */
public record CandidatePath(List<X509Certificate> certificates, Anchor anchor) {
    public CandidatePath {
        certificates = List.copyOf(certificates);
    }

    /** Subjects from leaf to anchor, as RFC 2253 strings. */
    public List<String> subjects() {
        List<String> out = new java.util.ArrayList<>();
        certificates.forEach(c -> out.add(c.getSubjectX500Principal().getName()));
        out.add(anchor.certificate().getSubjectX500Principal().getName());
        return out;
    }
}
