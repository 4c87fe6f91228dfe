package dev.zhengzhao.crosscert.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * Key stores (PKCS#12, PKCS#11) keep a private key only together with a certificate; between key
 * generation and the CA's real certificate a key carries this throwaway self-signed one, valid for
 * one day in 1970 so that nothing could ever trust it.
 */
final class PlaceholderCertificate {
    private PlaceholderCertificate() {}

    static X509Certificate of(String alias, PublicKey key, ContentSigner signer) {
        try {
            X500Name name = new X500Name("CN=placeholder " + alias.replaceAll("[,=+<>#;\"\\\\]", "_"));
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.ONE,
                    Date.from(Instant.EPOCH),
                    Date.from(Instant.EPOCH.plus(Duration.ofDays(1))),
                    name,
                    key);
            return new JcaX509CertificateConverter().setProvider(Providers.bc()).getCertificate(builder.build(signer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a placeholder certificate", e);
        }
    }
}
