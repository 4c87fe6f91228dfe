package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.crosscert.revocation.RevocationSource;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** How a validation checks revocation. */
public sealed interface Revocation {
    /** No revocation checking (a trust list already vouches for the certificates). */
    record Off() implements Revocation {}

    /**
     * Full RFC 5280 CRL processing by the engine itself — distribution points, indirect and delta
     * CRLs — over exactly these CRLs. Used for PKITS and the operator's verify-path tool.
     *
     * @param crls the CRLs
     * @param crlSigners certificates that sign CRLs but are not on the path (PKITS 4.4.19)
     */
    record Crls(List<X509CRL> crls, List<X509Certificate> crlSigners) implements Revocation {
        public Crls {
            crls = List.copyOf(crls);
            crlSigners = List.copyOf(crlSigners);
        }
    }

    /** Each certificate of the path asked of a source (OCSP with CRL fallback, or CRLs). */
    record Checked(RevocationSource source) implements Revocation {}

    static Revocation off() {
        return new Off();
    }

    static Revocation crls(Collection<X509CRL> crls) {
        return new Crls(List.copyOf(crls), List.of());
    }

    static Revocation checkedBy(RevocationSource source) {
        return new Checked(source);
    }
}
