package dev.zhengzhao.signer.verify;

import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.Reason;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Whether the signer certificate belongs to the issuer named in the licence. A certificate that
 * carries the issuer's unified social credit code in its subject's organizationIdentifier
 * (2.5.4.97; plain, or in the ETSI EN 319 412-1 form {@code NTRCN-<code>}) must name the licence's
 * issuer (ZZBFJGDM); a certificate without one gives no check, and the trust policy alone decides.
 */
final class IssuerBinding {
    static final String ISSUER = "issuer";
    private static final Pattern ETSI_PREFIX = Pattern.compile("^[A-Z]{3}[A-Z]{2}-");

    private IssuerBinding() {}

    /** @param named the credit code the signer certificate names ({@link #creditCodeOf}), or null */
    static Optional<Check> check(String named, String licenceIssuerCode) {
        if (named == null) {
            return Optional.empty();
        }
        if (named.equals(licenceIssuerCode)) {
            return Optional.of(Check.passed(ISSUER, "the signer certificate names the licence's issuer"));
        }
        return Optional.of(Check.failed(
                ISSUER,
                Reason.ISSUER_MISMATCH,
                "the signer certificate belongs to another issuer than the licence names"));
    }

    /** The credit code in the subject's organizationIdentifier, if any. */
    static Optional<String> creditCodeOf(X509Certificate certificate) {
        try {
            RDN[] rdns = X500Name.getInstance(
                            certificate.getSubjectX500Principal().getEncoded())
                    .getRDNs(BCStyle.ORGANIZATION_IDENTIFIER);
            if (rdns.length == 0) {
                return Optional.empty();
            }
            String value = IETFUtils.valueToString(rdns[0].getFirst().getValue());
            return Optional.of(ETSI_PREFIX.matcher(value).replaceFirst(""));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
