package dev.zhengzhao.signer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.ExternalTool;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSL 3 checks the PDF's CMS independently of this project's verifier: {@code openssl cms
 * -verify} for ES256. OpenSSL 3.0's CMS code verifies SM2 with an empty user ID (GM/T 0010 says
 * 1234567812345678) and has no Ed25519-with-signed-attributes support, so for SM2 the signature over
 * the signed attributes is checked with {@code pkeyutl} and the standard user ID instead.
 */
class OpensslCmsCrossCheckTest {
    @TempDir
    Path dir;

    private record Extracted(Path cms, Path content, Path certificate, SignerInformation signer) {}

    private Extracted seal(SignatureAlgorithm algorithm) throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        LicenceClaims claims = TestLicences.typical();
        String qr = new CoseLicenceSigner(key).sign(claims).qrText();
        byte[] pdf =
                new PadesSealer(key, Clock.systemUTC()).seal(new PdfBoxLicenceRenderer().render(claims, qr, Map.of()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            byte[] signed = new byte[range[1] + range[3]];
            System.arraycopy(pdf, 0, signed, 0, range[1]);
            System.arraycopy(pdf, range[2], signed, range[1], range[3]);
            byte[] cms;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                cms = in.readObject().getEncoded(ASN1Encoding.DER);
            }
            Path cmsFile = Files.write(dir.resolve("sig.cms"), cms);
            Path content = Files.write(dir.resolve("signed.bin"), signed);
            Path cert = dir.resolve("signer.pem");
            Files.writeString(cert, IssuerKeys.pem(key.certificate()));
            SignerInformation signer = new CMSSignedData(cms)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            return new Extracted(cmsFile, content, cert, signer);
        }
    }

    @Test
    void opensslCmsVerifiesTheEs256Seal() throws Exception {
        Extracted e = seal(SignatureAlgorithm.ES256);
        ExternalTool.Run run = ExternalTool.run(
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                e.cms().toString(),
                "-content",
                e.content().toString(),
                "-binary",
                "-CAfile",
                e.certificate().toString(),
                "-purpose",
                "any",
                "-out",
                dir.resolve("out.bin").toString());
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.errors().contains("Verification successful"), run.all());
    }

    @Test
    void opensslVerifiesTheSm2SignatureOverTheSignedAttributesWithTheStandardUserId() throws Exception {
        Extracted e = seal(SignatureAlgorithm.SM2_SM3);
        Path attributes = Files.write(dir.resolve("attrs.der"), e.signer().getEncodedSignedAttributes());
        Path signature = Files.write(dir.resolve("attrs.sig"), e.signer().getSignature());
        ExternalTool.Run pub =
                ExternalTool.run("openssl", "x509", "-in", e.certificate().toString(), "-pubkey", "-noout");
        Path publicKey = Files.writeString(dir.resolve("pub.pem"), pub.output());
        ExternalTool.Run run = ExternalTool.run(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                publicKey.toString(),
                "-rawin",
                "-in",
                attributes.toString(),
                "-sigfile",
                signature.toString(),
                "-digest",
                "sm3",
                "-pkeyopt",
                "distid:1234567812345678");
        assertEquals(0, run.exit(), run.all());
    }
}
