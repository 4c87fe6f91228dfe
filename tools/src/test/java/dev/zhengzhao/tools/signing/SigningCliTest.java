package dev.zhengzhao.tools.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.tools.Zz;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningCliTest {
    private static final String ISSUER =
            CreditCode.withCheck("11440100MB2C3567Y").value();
    private static final String TYPE =
            TypeCode.of(CreditCode.withCheck("11440000MB2C9213X"), 1).value();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run zz(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Zz.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void writeTypeAndRequest() throws IOException {
        Files.writeString(
                dir.resolve("type.json"),
                """
                {"code": "%s", "name": "食品从业人员健康证明", "authorityName": "广东省卫生健康委员会",
                 "holderKind": "NATURAL_PERSON", "validity": {"kind": "FIXED", "period": "P1Y"},
                 "issuers": [{"code": "%s", "name": "广州市越秀区卫生健康局", "jurisdiction": "GD"}],
                 "fields": [
                   {"key": "KZ_GZDW", "label": "工作单位", "type": "TEXT", "maxLength": 60},
                   {"key": "KZ_TJJG", "label": "体检结论", "type": "ENUM", "required": true,
                    "allowedValues": ["合格", "不合格"], "inQr": true, "maxLength": 4}]}
                """
                        .formatted(TYPE, ISSUER));
        Files.writeString(
                dir.resolve("licence.json"),
                """
                {"typeCode": "%s", "issuerCode": "%s", "number": "粤穗健2026000123",
                 "holderName": "张三丰", "holderId": "%s", "holderIdType": "111",
                 "issueDate": "2026-03-02", "fields": {"KZ_GZDW": "某某餐饮店", "KZ_TJJG": "合格"}}
                """
                        .formatted(TYPE, ISSUER, HolderIdType.citizenIdWithCheck("44010619900307123")));
    }

    private Path createKey(String algorithm) {
        Path p12 = dir.resolve(algorithm + ".p12");
        Run run = zz(
                "key",
                "create",
                "--algorithm",
                algorithm,
                "--subject",
                "CN=越秀区卫健局,O=Zhengzhao,C=CN",
                "--out",
                p12.toString(),
                "--password",
                "pw",
                "--not-before",
                "2026-01-01T00:00:00Z");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve(algorithm + ".pem")));
        return p12;
    }

    private Path issue(Path key, String algorithm) {
        Path out = dir.resolve("out-" + algorithm);
        Run run = zz(
                "issue",
                "--key",
                key.toString(),
                "--password",
                "pw",
                "--type",
                dir.resolve("type.json").toString(),
                "--request",
                dir.resolve("licence.json").toString(),
                "--out",
                out.toString(),
                "--at",
                "2026-03-02T02:00:00Z");
        assertEquals(0, run.exit(), run.err());
        for (String file : List.of("claims.json", "record.cose", "qr.txt", "qr.png", "qr.svg", "licence.pdf")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        return out;
    }

    @Test
    void issuedLicenceVerifiesFromTextImageAndPdf() throws IOException {
        Path key = createKey("ES256");
        Path out = issue(key, "ES256");
        String cert = dir.resolve("ES256.pem").toString();
        String qr = Files.readString(out.resolve("qr.txt")).strip();

        Run text = verifyInJune(cert, qr);
        assertEquals(0, text.exit(), text.out() + text.err());
        assertTrue(text.out().contains("\"outcome\":\"VALID\""), text.out());
        assertTrue(text.out().contains("张三丰"), text.out());

        Run image = verifyInJune(cert, "--image", out.resolve("qr.png").toString());
        assertEquals(0, image.exit(), image.out());

        Run pdf = verifyInJune(cert, "--pdf", out.resolve("licence.pdf").toString());
        assertEquals(0, pdf.exit(), pdf.out());
        assertTrue(pdf.out().contains("\"name\":\"coverage\""), pdf.out());
    }

    private static Run verifyInJune(String cert, String... input) {
        List<String> args =
                new java.util.ArrayList<>(List.of("verify", "--cert", cert, "--at", "2026-06-01T00:00:00Z"));
        args.addAll(List.of(input));
        return zz(args.toArray(String[]::new));
    }

    @Test
    void photoWithoutAQrIsInvalidWithTheReason() throws IOException {
        createKey("ES256");
        Path blank = dir.resolve("blank.png");
        java.awt.image.BufferedImage white =
                new java.awt.image.BufferedImage(100, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(white, "png", blank.toFile());
        Run run = verifyInJune(dir.resolve("ES256.pem").toString(), "--image", blank.toString());
        assertEquals(VerifyCommand.INVALID, run.exit());
        assertTrue(run.out().contains("\"reason\":\"no-qr-found\""), run.out());
    }

    @Test
    void expiredOrUntrustedLicenceExitsNonZeroWithTheReason() throws IOException {
        Path key = createKey("SM2-SM3");
        Path out = issue(key, "SM2-SM3");
        String qr = Files.readString(out.resolve("qr.txt")).strip();
        Run expired = zz("verify", "--cert", dir.resolve("SM2-SM3.pem").toString(), "--at", "2027-03-02T00:00:00Z", qr);
        assertEquals(VerifyCommand.INVALID, expired.exit());
        assertTrue(expired.out().contains("\"reason\":\"expired\""), expired.out());

        Path other = createKey("EdDSA");
        Run unknown = zz("verify", "--cert", dir.resolve("EdDSA.pem").toString(), qr);
        assertEquals(VerifyCommand.INDETERMINATE, unknown.exit());
        assertTrue(unknown.out().contains("unknown-kid"), unknown.out());
        assertTrue(Files.exists(other));
    }

    @Test
    void csrAndRenderWorkFromTheKeyFile() throws IOException {
        Path key = createKey("EdDSA");
        Run csr = zz(
                "key",
                "csr",
                "--key",
                key.toString(),
                "--password",
                "pw",
                "--out",
                dir.resolve("issuer.csr").toString());
        assertEquals(0, csr.exit(), csr.err());
        assertTrue(Files.readString(dir.resolve("issuer.csr")).startsWith("-----BEGIN CERTIFICATE REQUEST-----"));

        Path out = issue(key, "EdDSA");
        Path pdf = dir.resolve("again.pdf");
        Run render = zz(
                "render",
                "--key",
                key.toString(),
                "--password",
                "pw",
                "--record",
                out.resolve("record.cose").toString(),
                "--type",
                dir.resolve("type.json").toString(),
                "--out",
                pdf.toString());
        assertEquals(0, render.exit(), render.err());
        Run verify = verifyInJune(dir.resolve("EdDSA.pem").toString(), "--pdf", pdf.toString());
        assertEquals(0, verify.exit(), verify.out());
    }

    @Test
    void setCertReplacesTheCertificateOnlyWithOneForTheSameKey() throws Exception {
        Path p12 = createKey("ES256");
        dev.zhengzhao.signer.key.Pkcs12IssuerKey key =
                dev.zhengzhao.signer.key.Pkcs12IssuerKey.read(p12, "pw".toCharArray());
        java.security.cert.X509Certificate renewed = dev.zhengzhao.signer.key.IssuerKeys.selfSigned(
                new org.bouncycastle.asn1.x500.X500Name("CN=renewed,O=Zhengzhao,C=CN"),
                key.certificate().getPublicKey(),
                java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.time.Duration.ofDays(400),
                dev.zhengzhao.signer.key.ContentSignerAdapter.of(key),
                new java.security.SecureRandom());
        Path pem = dir.resolve("renewed.pem");
        Files.writeString(pem, dev.zhengzhao.signer.key.IssuerKeys.pem(renewed));

        Run set = zz("key", "set-cert", "--key", p12.toString(), "--password", "pw", "--cert", pem.toString());
        assertEquals(0, set.exit(), set.err());
        assertEquals(
                dev.zhengzhao.signer.key.Kid.of(renewed),
                dev.zhengzhao.signer.key.Pkcs12IssuerKey.read(p12, "pw".toCharArray())
                        .kid());

        createKey("EdDSA");
        Run other = zz(
                "key",
                "set-cert",
                "--key",
                p12.toString(),
                "--password",
                "pw",
                "--cert",
                dir.resolve("EdDSA.pem").toString());
        assertOneLineError(other);
        assertTrue(other.err().contains("certifies a different key"), other.err());
    }

    @Test
    void mistakesAreOneLineOnStderrWithoutAStackTrace() {
        Run noPassword = zz(
                "key",
                "create",
                "--algorithm",
                "ES256",
                "--subject",
                "CN=x",
                "--out",
                dir.resolve("k.p12").toString());
        assertOneLineError(noPassword);
        Run badAlgorithm = zz(
                "key",
                "create",
                "--algorithm",
                "RSA",
                "--subject",
                "CN=x",
                "--out",
                dir.resolve("k.p12").toString(),
                "--password",
                "pw");
        assertOneLineError(badAlgorithm);
        assertTrue(badAlgorithm.err().contains("unknown algorithm RSA"), badAlgorithm.err());
        Run missingFile = zz(
                "issue",
                "--key",
                dir.resolve("none.p12").toString(),
                "--password",
                "pw",
                "--type",
                dir.resolve("type.json").toString(),
                "--request",
                dir.resolve("licence.json").toString(),
                "--out",
                dir.toString());
        assertOneLineError(missingFile);
        Run wrongPassword = zz(
                "key",
                "csr",
                "--key",
                createKey("ES256").toString(),
                "--password",
                "nope",
                "--out",
                dir.resolve("x.csr").toString());
        assertOneLineError(wrongPassword);
        Run notACert = zz("verify", "--cert", dir.resolve("type.json").toString(), "ZZ1:ABC");
        assertOneLineError(notACert);
    }

    private static void assertOneLineError(Run run) {
        assertFalse(run.exit() == 0, "exit code");
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("zz: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
