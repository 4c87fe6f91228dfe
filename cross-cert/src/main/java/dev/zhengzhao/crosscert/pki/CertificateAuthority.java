package dev.zhengzhao.crosscert.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A certification authority this service operates: a root, the bridge, or an issuing CA. Every
 * certificate and CRL it makes is prepared in full first ({@link CertificateExtensions}) and then
 * signed by its key, which stays inside {@link CaKeys}.
 */
public final class CertificateAuthority {
    private final CaKeys keys;
    private final String alias;
    private final SecureRandom random;
    private final URI ocspUrl;
    private final URI crlUrl;

    private CertificateAuthority(CaKeys keys, String alias, SecureRandom random, URI ocspUrl, URI crlUrl) {
        this.keys = keys;
        this.alias = alias;
        this.random = random;
        this.ocspUrl = ocspUrl;
        this.crlUrl = crlUrl;
    }

    /** A CA whose key and certificate are already in {@code keys} under {@code alias}. */
    public static CertificateAuthority existing(CaKeys keys, String alias, SecureRandom random) {
        keys.certificate(alias);
        return new CertificateAuthority(keys, alias, random, null, null);
    }

    /** The root-key ceremony: a new key in {@code keys} and a self-signed certificate for it. */
    public static CertificateAuthority createRoot(
            CaKeys keys,
            String alias,
            String subject,
            KeyAlgorithm algorithm,
            CaProfile profile,
            Validity validity,
            SecureRandom random) {
        PublicKey key = keys.generate(alias, algorithm);
        X500Name name = new X500Name(subject);
        X509Certificate self = sign(
                keys.signer(alias),
                CertificateExtensions.forCa(key, key, profile, null, null),
                name,
                name,
                key,
                validity,
                serial(random));
        keys.install(alias, self);
        return new CertificateAuthority(keys, alias, random, null, null);
    }

    /** A subordinate CA: a new key in {@code keys}, certified by this CA. */
    public CertificateAuthority createSubordinate(
            CaKeys subordinateKeys,
            String subordinateAlias,
            String subject,
            KeyAlgorithm algorithm,
            CaProfile profile,
            Validity validity) {
        PublicKey key = subordinateKeys.generate(subordinateAlias, algorithm);
        subordinateKeys.install(subordinateAlias, certifyCa(subject, key, profile, validity));
        return new CertificateAuthority(subordinateKeys, subordinateAlias, random, null, null);
    }

    /** The same CA, writing these OCSP and CRL locations into the certificates it issues. */
    public CertificateAuthority withRevocationUrls(URI ocsp, URI crl) {
        return new CertificateAuthority(keys, alias, random, ocsp, crl);
    }

    public X509Certificate certificate() {
        return keys.certificate(alias);
    }

    public String alias() {
        return alias;
    }

    /** A CA certificate for {@code subject}'s key: an issuing CA or a cross-certificate. */
    public X509Certificate certifyCa(String subject, PublicKey key, CaProfile profile, Validity validity) {
        return certifyCa(new X500Name(subject), key, profile, validity);
    }

    /** A CA certificate for a subject name taken as encoded, e.g. from another certificate. */
    public X509Certificate certifyCa(X500Principal subject, PublicKey key, CaProfile profile, Validity validity) {
        return certifyCa(X500Name.getInstance(subject.getEncoded()), key, profile, validity);
    }

    private X509Certificate certifyCa(X500Name subject, PublicKey key, CaProfile profile, Validity validity) {
        return issue(
                subject,
                key,
                CertificateExtensions.forCa(key, certificate().getPublicKey(), profile, ocspUrl, crlUrl),
                validity);
    }

    /**
     * A cross-certificate: this CA certifies another CA's existing key and name (typically another
     * jurisdiction's root, or the bridge), limited by {@code profile}.
     */
    public X509Certificate crossCertify(X509Certificate other, CaProfile profile, Validity validity) {
        return certifyCa(
                X500Name.getInstance(other.getSubjectX500Principal().getEncoded()),
                other.getPublicKey(),
                profile,
                validity);
    }

    /** A licence-signer certificate: digitalSignature and nonRepudiation, the given policies. */
    public X509Certificate certifySigner(String subject, PublicKey key, Set<String> policies, Validity validity) {
        return certifySigner(new X500Name(subject), key, policies, validity);
    }

    private X509Certificate certifySigner(X500Name subject, PublicKey key, Set<String> policies, Validity validity) {
        return issue(
                subject,
                key,
                CertificateExtensions.forEndEntity(
                        key,
                        certificate().getPublicKey(),
                        policies,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
                        null,
                        ocspUrl,
                        crlUrl),
                validity);
    }

    /** A department signer certificate from a PKCS#10 request, after checking its proof of possession. */
    public X509Certificate certifyCsr(byte[] csrDer, Set<String> policies, Validity validity) {
        try {
            PKCS10CertificationRequest csr = new PKCS10CertificationRequest(csrDer);
            PublicKey key = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(csr)
                    .setProvider(Providers.bc())
                    .getPublicKey();
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(Providers.bc())
                    .build(key))) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the CSR signature does not verify");
            }
            return certifySigner(csr.getSubject(), key, policies, validity);
        } catch (IOException | GeneralSecurityException | PKCSException | RuntimeException e) {
            if (e instanceof ZhengzhaoException z) {
                throw z;
            }
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the CSR is not a readable PKCS#10 request", e);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "the CSR uses an unsupported algorithm", e);
        }
    }

    /** A delegated OCSP responder certificate (id-kp-OCSPSigning, id-pkix-ocsp-nocheck). */
    public X509Certificate certifyOcspResponder(String subject, PublicKey key, Validity validity) {
        return issue(
                new X500Name(subject),
                key,
                CertificateExtensions.forEndEntity(
                        key,
                        certificate().getPublicKey(),
                        Set.of(),
                        new KeyUsage(KeyUsage.digitalSignature),
                        KeyPurposeId.id_kp_OCSPSigning,
                        null,
                        null),
                validity);
    }

    /** A CRL listing {@code revoked}, signed by this CA. */
    public X509CRL crl(
            Collection<RevocationEntry> revoked, Instant thisUpdate, Instant nextUpdate, BigInteger crlNumber) {
        try {
            X509Certificate self = certificate();
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(self.getSubjectX500Principal(), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (RevocationEntry entry : revoked) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), entry.reason());
            }
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(self.getPublicKey()));
            builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(crlNumber));
            return new JcaX509CRLConverter().setProvider(Providers.bc()).getCRL(builder.build(signer()));
        } catch (IOException | GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot make the CRL", e);
        }
    }

    /** This CA's signer, for the OCSP responder and the trust-list signer in this module. */
    public ContentSigner signer() {
        return keys.signer(alias);
    }

    private X509Certificate issue(
            X500Name subject, PublicKey key, CertificateExtensions extensions, Validity validity) {
        X500Name issuer =
                X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
        return sign(signer(), extensions, issuer, subject, key, validity, serial(random));
    }

    private static X509Certificate sign(
            ContentSigner signer,
            CertificateExtensions extensions,
            X500Name issuer,
            X500Name subject,
            PublicKey key,
            Validity validity,
            BigInteger serial) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer, serial, Date.from(validity.notBefore()), Date.from(validity.notAfter()), subject, key);
            extensions.addTo(builder);
            X509CertificateHolder holder = builder.build(signer);
            return new JcaX509CertificateConverter().setProvider(Providers.bc()).getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot make the certificate", e);
        }
    }

    /** RFC 5280 asks for positive serials of at most 20 octets; 127 random bits leave room. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }
}
