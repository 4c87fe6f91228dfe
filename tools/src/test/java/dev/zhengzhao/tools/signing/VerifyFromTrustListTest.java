package dev.zhengzhao.tools.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListSigner;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import dev.zhengzhao.tools.Zz;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An offline verifier trusts exactly the signers of a downloaded, correctly signed, fresh trust list. */
class VerifyFromTrustListTest {
    @TempDir
    Path dir;

    @Test
    void verifiesAgainstASignedTrustListAndRefusesOneFromTheWrongSigner() throws Exception {
        Instant now = Instant.now();
        SecureRandom random = new SecureRandom();
        Pkcs12CaKeys keys = Pkcs12CaKeys.inMemory(random);
        BridgePki pki = new PkiBuilder(keys, random, now).build();
        String subject = "C=CN,O=Test Issuer,CN=Test licence signer";
        Pkcs12IssuerKey selfSigned = IssuerKeys.generate(
                SignatureAlgorithm.ES256, subject, now.minusSeconds(60), Duration.ofDays(30), random);
        Pkcs12IssuerKey key = selfSigned.withCertificate(PkiBuilder.signerFromCsr(
                pki.domain("GD"), IssuerKeys.csr(selfSigned, subject).getEncoded(), now));
        CreditCode issuer = CreditCode.withCheck("11440100MB2A31840");
        LicenceId id = new LicenceId(TypeCode.of(issuer, 7), issuer, "TRUSTLIST0001", 1);
        LocalDate from = LocalDate.now();
        String qr = new CoseLicenceSigner(key)
                .sign(new LicenceClaims(
                        id.text(),
                        id.typeCode().value(),
                        "测试证照",
                        "T-1",
                        issuer.value(),
                        "测试发证机关",
                        "测试公司",
                        "91440101MA5CXY2K3Q",
                        "001",
                        from,
                        from,
                        from.plusYears(1),
                        now,
                        Map.of(),
                        Map.of()))
                .qrText();

        TrustList list = TrustList.fromPki(
                pki,
                TrustList.ALL,
                1,
                now,
                now.plus(Duration.ofDays(7)),
                List.of(new TrustList.SignerEntry("GD", key.certificate(), Set.of("*"))),
                List.of());
        Files.write(dir.resolve("list.p7m"), new TrustListSigner(keys, "bridge").sign(list));
        Files.writeString(dir.resolve("bridge.pem"), IssuerKeys.pem(pki.bridge().certificate()));
        Files.writeString(
                dir.resolve("other.pem"), IssuerKeys.pem(pki.domain("HK").root().certificate()));

        Run trusted = zz(
                "verify",
                "--trust-list",
                dir.resolve("list.p7m").toString(),
                "--trust-list-signer",
                dir.resolve("bridge.pem").toString(),
                qr);
        assertEquals(0, trusted.exit(), trusted.err() + trusted.out());
        assertTrue(trusted.out().contains("\"VALID\""), trusted.out());

        Run wrongSigner = zz(
                "verify",
                "--trust-list",
                dir.resolve("list.p7m").toString(),
                "--trust-list-signer",
                dir.resolve("other.pem").toString(),
                qr);
        assertTrue(wrongSigner.exit() != 0);
        assertTrue(wrongSigner.err().contains("refused"), wrongSigner.err());
        assertEquals(1, wrongSigner.err().strip().lines().count(), wrongSigner.err());

        Run noTrust = zz("verify", qr);
        assertTrue(noTrust.exit() != 0);
        assertTrue(noTrust.err().contains("--trust-list"), noTrust.err());
    }

    private record Run(int exit, String out, String err) {}

    private static Run zz(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Zz.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }
}
