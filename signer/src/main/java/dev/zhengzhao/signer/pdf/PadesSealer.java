package dev.zhengzhao.signer.pdf;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.signer.key.BouncyCastle;
import dev.zhengzhao.signer.key.ContentSignerAdapter;
import dev.zhengzhao.signer.key.IssuerKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with a PAdES baseline B-B signature (ETSI EN 319 142-1): an incremental update with
 * a signature dictionary of SubFilter ETSI.CAdES.detached whose CMS SignedData covers the whole
 * file except the signature value, with the signed attributes content-type, message-digest and
 * signing-certificate-v2, and no signing-time attribute (the time is the dictionary's /M).
 */
public final class PadesSealer {
    /** Room reserved for the CMS value: certificate plus signature, with margin. */
    private static final int RESERVED_BYTES = 4096;

    private final IssuerKey key;
    private final Clock clock;
    private final X509CertificateHolder certificate;

    public PadesSealer(IssuerKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
        try {
            this.certificate = new X509CertificateHolder(key.certificate().getEncoded());
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot read the signing certificate", e);
        }
    }

    public byte[] seal(byte[] unsignedPdf) {
        try (PDDocument document = Loader.loadPDF(unsignedPdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(certificate.getSubject().toString());
            signature.setReason("电子证照签章 (e-licence seal)");
            GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(RESERVED_BYTES);
                document.addSignature(signature, this::cms, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedPdf.length + 2 * RESERVED_BYTES);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "the PDF could not be sealed", e);
        }
    }

    /** The detached CMS SignedData over {@code content} (the PDF bytes outside /Contents). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            byte[] signedBytes = content.readAllBytes();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2()))
                    .build(ContentSignerAdapter.of(key), certificate));
            generator.addCertificate(certificate);
            return generator
                    .generate(new CMSProcessableByteArray(signedBytes), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | NoSuchAlgorithmException e) {
            throw new IOException("cannot create the CMS signature", e);
        }
    }

    private Attribute signingCertificateV2() throws NoSuchAlgorithmException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(certificate.getIssuer())), certificate.getSerialNumber());
        return new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }

    /** content-type, message-digest and signing-certificate-v2; nothing else (PAdES B-B). */
    private record PadesAttributes(Attribute signingCertificate) implements CMSAttributeTableGenerator {
        @Override
        // BC declares this parameter as a raw Map; the override has to match it.
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            table.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet((ASN1Encodable)
                    parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            table.put(
                    CMSAttributes.messageDigest,
                    new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString((byte[])
                            parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
            return new AttributeTable(table);
        }
    }
}
