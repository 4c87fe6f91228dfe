package dev.zhengzhao.crosscert.path;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
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
    private final int size;

    public CandidatePool(Collection<X509Certificate> certificates) {
        for (X509Certificate c : certificates) {
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

    /**
     * Certificates that may have issued {@code child}: subject equal to its issuer and, when the
     * child names its issuer's key identifier and the candidate has one, the identifiers equal.
     */
    List<X509Certificate> issuersOf(X509Certificate child) {
        String aki = authorityKeyId(child);
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
            if (subjectKeyId(c) == null) {
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
