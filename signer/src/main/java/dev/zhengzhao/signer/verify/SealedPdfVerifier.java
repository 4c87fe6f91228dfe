package dev.zhengzhao.signer.verify;

import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.core.verify.VerificationReport.SignerInfo;
import dev.zhengzhao.signer.key.BouncyCastle;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.key.SignatureEncoding;
import dev.zhengzhao.signer.key.VerificationKey;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Offline verification of a sealed licence PDF. The report has the checks {@code integrity}
 * (the message digest of the signed bytes), {@code coverage} (the signature covers the whole file),
 * {@code signature} (the CMS signature by the signer certificate), {@code trust} (the signer
 * certificate, asked of {@link SignerTrust}), {@code qr} (the embedded licence QR verifies and was
 * signed by the same key) and {@code validity} (of the licence, from the QR). Never throws.
 */
public final class SealedPdfVerifier {
    public static final String INTEGRITY = "integrity";
    public static final String COVERAGE = "coverage";
    public static final String SIGNATURE = "signature";
    public static final String TRUST = "trust";
    public static final String QR = "qr";
    public static final String VALIDITY = "validity";
    /** PDFs larger than this are refused unread; a licence PDF is well under 1 MB. */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    private final LicenceVerifier qrVerifier;
    private final SignerTrust trust;

    public SealedPdfVerifier(LicenceVerifier qrVerifier, SignerTrust trust) {
        this.qrVerifier = qrVerifier;
        this.trust = trust;
    }

    public VerificationReport verify(byte[] pdf, Instant at) {
        try {
            return check(pdf, at);
        } catch (java.io.IOException | RuntimeException | StackOverflowError e) {
            return failed(at, List.of(), INTEGRITY, Reason.MALFORMED_PDF, "the PDF could not be read");
        }
    }

    private VerificationReport check(byte[] pdf, Instant at) throws java.io.IOException {
        if (pdf == null || pdf.length > MAX_PDF_BYTES) {
            return failed(
                    at, List.of(), INTEGRITY, Reason.TOO_LARGE, "the PDF is larger than " + MAX_PDF_BYTES + " bytes");
        }
        PDSignature signature;
        String qrText;
        byte[] contents;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signature = document.getSignatureDictionaries().stream()
                    .max((a, b) -> Integer.compare(end(a), end(b)))
                    .orElse(null);
            if (signature == null) {
                return failed(at, List.of(), INTEGRITY, Reason.NO_SIGNATURE, "the PDF has no signature");
            }
            qrText = document.getDocumentInformation().getCustomMetadataValue(PdfBoxLicenceRenderer.QR_INFO_KEY);
            contents = signature.getContents(pdf);
        } catch (java.io.IOException e) {
            return failed(at, List.of(), INTEGRITY, Reason.MALFORMED_PDF, "the file is not a readable PDF");
        }
        int[] range = signature.getByteRange();
        if (range == null
                || range.length != 4
                || range[0] != 0
                || range[1] <= 0
                || range[2] <= range[1]
                || range[3] < 0
                || (long) range[2] + range[3] > pdf.length
                || pdf[range[1]] != '<'
                || pdf[range[2] - 1] != '>') {
            return failed(at, List.of(), INTEGRITY, Reason.BAD_BYTE_RANGE, "the signature's byte range is malformed");
        }
        List<Check> checks = new ArrayList<>();
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);

        Optional<SignerInformation> signer = Optional.empty();
        CMSSignedData cms = null;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            // PDFBox pads /Contents with zeros; BC rejects the padding, so read only the first DER object.
            cms = new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(in.readObject()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() == 1) {
                signer = Optional.of(signers.iterator().next());
            }
        } catch (Exception e) {
            return failed(at, List.of(), INTEGRITY, Reason.MALFORMED_CMS, "the signature value is not CMS SignedData");
        }
        if (signer.isEmpty()) {
            return failed(at, List.of(), INTEGRITY, Reason.MALFORMED_CMS, "the CMS must have exactly one signer");
        }
        SignerInformation info = signer.get();
        Optional<X509Certificate> certificate = certificate(cms, info);
        if (certificate.isEmpty()) {
            return failed(
                    at,
                    List.of(),
                    INTEGRITY,
                    Reason.NO_SIGNER_CERTIFICATE,
                    "the CMS does not carry the signer certificate");
        }
        checks.add(integrity(info, signed));
        checks.add(
                (long) range[2] + range[3] == pdf.length
                        ? Check.passed(COVERAGE, "the signature covers the whole document")
                        : Check.failed(
                                COVERAGE,
                                Reason.CONTENT_AFTER_SIGNATURE,
                                (pdf.length - range[2] - range[3]) + " bytes were added after the signature"));
        X509Certificate cert = certificate.get();
        checks.add(signature(info, cert));
        VerificationReport qr = qrText == null ? null : qrVerifier.verifyQr(qrText, at);
        String typeCode = qr == null || qr.claims() == null ? null : qr.claims().typeCode();
        TrustVerdict verdict = trust.evaluate(cert, at, typeCode);
        checks.add(verdict.asCheck());

        checks.add(qrCheck(qr, Kid.of(cert)));
        checks.add(
                qr == null
                        ? Check.skipped(VALIDITY, "no embedded licence QR")
                        : qr.check(LicenceVerifier.VALIDITY).orElse(Check.skipped(VALIDITY, "not checked")));
        Optional<VerificationKey> key = VerificationKey.of(cert);
        SignerInfo signerInfo = new SignerInfo(
                Kid.of(cert).hex(),
                cert.getSubjectX500Principal().getName(),
                key.map(k -> k.algorithm().coseName()).orElse(null));
        boolean contentTrusted = checks.stream()
                .allMatch(c -> c.result() == CheckResult.PASSED
                        || c.name().equals(VALIDITY)
                        || c.name().equals(TRUST));
        return VerificationReport.at(at)
                .checks(checks)
                .claims(contentTrusted && qr != null ? qr.claims() : null)
                .signer(signerInfo)
                .path(verdict.path(), verdict.jurisdiction())
                .build();
    }

    private static Check integrity(SignerInformation info, byte[] signed) {
        try {
            Attribute attribute = info.getSignedAttributes() == null
                    ? null
                    : info.getSignedAttributes().get(CMSAttributes.messageDigest);
            if (attribute == null) {
                return Check.failed(INTEGRITY, Reason.MALFORMED_CMS, "the CMS has no message-digest attribute");
            }
            byte[] claimed = ASN1OctetString.getInstance(
                            attribute.getAttrValues().getObjectAt(0))
                    .getOctets();
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build()
                    .get(info.getDigestAlgorithmID());
            calculator.getOutputStream().write(signed);
            return MessageDigest.isEqual(claimed, calculator.getDigest())
                    ? Check.passed(INTEGRITY, "the document digest matches the signed digest")
                    : Check.failed(INTEGRITY, Reason.DIGEST_MISMATCH, "the document was changed after it was signed");
        } catch (Exception e) {
            return Check.failed(INTEGRITY, Reason.MALFORMED_CMS, "the message digest could not be checked");
        }
    }

    /** Checks the signature over the signed attributes with the same verification code as the QR. */
    private static Check signature(SignerInformation info, X509Certificate cert) {
        Optional<VerificationKey> key = VerificationKey.of(cert);
        if (key.isEmpty()) {
            return Check.failed(SIGNATURE, Reason.UNKNOWN_ALGORITHM, "the signer key is not P-256, SM2 or Ed25519");
        }
        SignatureAlgorithm algorithm = key.get().algorithm();
        String sigOid = info.getEncryptionAlgOID();
        String digestOid = info.getDigestAlgOID();
        boolean consistent =
                switch (algorithm) {
                    case ES256 ->
                        (sigOid.equals(X9ObjectIdentifiers.ecdsa_with_SHA256.getId())
                                        || sigOid.equals(X9ObjectIdentifiers.id_ecPublicKey.getId()))
                                && digestOid.equals(NISTObjectIdentifiers.id_sha256.getId());
                    case SM2_SM3 ->
                        sigOid.equals(GMObjectIdentifiers.sm2sign_with_sm3.getId())
                                && digestOid.equals(GMObjectIdentifiers.sm3.getId());
                    case EDDSA -> sigOid.equals(EdECObjectIdentifiers.id_Ed25519.getId());
                };
        if (!consistent) {
            return Check.failed(SIGNATURE, Reason.UNKNOWN_ALGORITHM, "the CMS algorithms do not match the signer key");
        }
        try {
            byte[] value = info.getSignature();
            Optional<byte[]> raw = algorithm == SignatureAlgorithm.EDDSA
                    ? Optional.of(value)
                    : SignatureEncoding.derToRawIfStrict(value);
            if (raw.isPresent() && key.get().verify(info.getEncodedSignedAttributes(), raw.get())) {
                return Check.passed(SIGNATURE, algorithm.coseName() + " CMS signature");
            }
            return Check.failed(SIGNATURE, Reason.SIGNATURE_MISMATCH, "the CMS signature does not match");
        } catch (java.io.IOException e) {
            return Check.failed(SIGNATURE, Reason.MALFORMED_CMS, "the signed attributes could not be encoded");
        }
    }

    private static Check qrCheck(VerificationReport qr, Kid pdfSigner) {
        if (qr == null) {
            return Check.failed(
                    QR, Reason.NO_QR, "the PDF carries no licence QR (" + PdfBoxLicenceRenderer.QR_INFO_KEY + ")");
        }
        for (String name : List.of(
                LicenceVerifier.FORMAT, LicenceVerifier.SIGNATURE, IssuerBinding.ISSUER, LicenceVerifier.TRUST)) {
            Optional<Check> check = qr.check(name);
            if (check.isPresent() && check.get().result() != CheckResult.PASSED) {
                Check c = check.get();
                return new Check(QR, c.result(), c.reason(), "embedded QR: " + c.detail());
            }
        }
        if (qr.signer() == null || !pdfSigner.hex().equals(qr.signer().kid())) {
            return Check.failed(QR, Reason.SIGNER_MISMATCH, "the QR and the PDF were signed by different keys");
        }
        return Check.passed(QR, "the embedded licence QR verifies");
    }

    private static Optional<X509Certificate> certificate(CMSSignedData cms, SignerInformation info) {
        @SuppressWarnings("unchecked") // BC's Store is raw-typed in getMatches' selector parameter
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
        return matches.stream().findFirst().map(h -> {
            try {
                return IssuerKeys.certificate(h.getEncoded());
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    private static int end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : range[2] + range[3];
    }

    private static VerificationReport failed(
            Instant at, List<Check> before, String name, Reason reason, String detail) {
        List<Check> checks = new ArrayList<>(before);
        checks.add(Check.failed(name, reason, detail));
        for (String later : List.of(COVERAGE, SIGNATURE, TRUST, QR, VALIDITY)) {
            if (checks.stream().noneMatch(c -> c.name().equals(later))) {
                checks.add(Check.skipped(later, "not checked: the signature could not be read"));
            }
        }
        return VerificationReport.of(at, checks);
    }
}
