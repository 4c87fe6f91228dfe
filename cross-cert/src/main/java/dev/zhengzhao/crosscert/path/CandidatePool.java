package dev.zhengzhao.crosscert.path;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * The untrusted certificates a path may be built from — intermediates and cross-certificates —
 * indexed by subject name and by subject key identifier, so finding the issuers of a certificate is
 * a lookup, not a scan.
 */
public final class CandidatePool {
    private final Map<X500Principal, List<X509Certificate>> bySubject = new HashMap<>();
    private final Map<String, List<X509Certificate>> byKeyId = new HashMap<>();
    private final Map<X509Certificate, Facts> facts = new IdentityHashMap<>();
    private final int size;

    /**
     * What the search asks of a certificate, decoded once: Bouncy Castle re-parses dates and
     * extensions on every call, which made the search cost more than the signatures.
     */
    record Facts(String subjectKeyId, String authorityKeyId, Instant notBefore, Instant notAfter, byte[] key) {
        static Facts of(X509Certificate c) {
            return new Facts(
                    CandidatePool.subjectKeyId(c),
                    CandidatePool.authorityKeyId(c),
                    c.getNotBefore().toInstant(),
                    c.getNotAfter().toInstant(),
                    c.getPublicKey().getEncoded());
        }

        boolean validAt(Instant at) {
            return !notBefore.isAfter(at) && !notAfter.isBefore(at);
        }
    }

    public CandidatePool(Collection<X509Certificate> certificates) {
        for (X509Certificate c : certificates) {
            facts.put(c, Facts.of(c));
            bySubject
                    .computeIfAbsent(c.getSubjectX500Principal(), k -> new ArrayList<>())
                    .add(c);
            String ski = subjectKeyId(c);
            if (ski != null) {
                byKeyId.computeIfAbsent(ski, k -> new ArrayList<>()).add(c);
            }
        }
        this.size = certificates.size();
    }

    public int size() {
        return size;
    }

    /** The facts of a pool certificate from the index; of any other (leaf, anchor) decoded now. */
    Facts facts(X509Certificate c) {
        Facts known = facts.get(c);
        return known != null ? known : Facts.of(c);
    }

    /**
     * Certificates that may have issued {@code child}: subject equal to its issuer and, when the
     * child names its issuer's key identifier and the candidate has one, the identifiers equal.
     */
    List<X509Certificate> issuersOf(X509Certificate child) {
        String aki = facts(child).authorityKeyId();
        List<X509Certificate> named = bySubject.getOrDefault(child.getIssuerX500Principal(), List.of());
        if (aki == null) {
            return named;
        }
        List<X509Certificate> out = new ArrayList<>();
        for (X509Certificate c : byKeyId.getOrDefault(aki, List.of())) {
            if (c.getSubjectX500Principal().equals(child.getIssuerX500Principal())) {
                out.add(c);
            }
        }
        for (X509Certificate c : named) {
            if (facts(c).subjectKeyId() == null) {
                out.add(c);
            }
        }
        return out;
    }

    static String subjectKeyId(X509Certificate c) {
        byte[] ext = c.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ext == null) {
            return null;
        }
        try {
            return HexFormat.of()
                    .formatHex(SubjectKeyIdentifier.getInstance(
                                    ASN1OctetString.getInstance(ext).getOctets())
                            .getKeyIdentifier());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String authorityKeyId(X509Certificate c) {
        byte[] ext = c.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        if (ext == null) {
            return null;
        }
        try {
            byte[] id = AuthorityKeyIdentifier.getInstance(
                                            ASN1OctetString.getInstance(ext).getOctets())
                                    .getKeyIdentifierObject()
                            == null
                    ? null
                    : AuthorityKeyIdentifier.getInstance(
                                    ASN1OctetString.getInstance(ext).getOctets())
                            .getKeyIdentifierObject()
                            .getOctets();
            return id == null ? null : HexFormat.of().formatHex(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
