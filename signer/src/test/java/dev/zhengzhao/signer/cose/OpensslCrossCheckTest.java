package dev.zhengzhao.signer.cose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.zhengzhao.signer.ExternalTool;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.key.SignatureEncoding;
import dev.zhengzhao.signer.qr.QrText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An independent implementation agrees: OpenSSL 3 verifies the COSE signature of a licence QR
 * over the Sig_structure, with the public key from the signer certificate — SM2 with SM3 and the
 * user ID 1234567812345678, ECDSA P-256 with SHA-256, pure Ed25519 — and rejects a changed byte.
 */
class OpensslCrossCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void opensslVerifiesTheQrSignature(SignatureAlgorithm algorithm) throws IOException {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        String qr = new dev.zhengzhao.signer.sign.CoseLicenceSigner(key)
                .sign(TestLicences.typical())
                .qrText();
        CoseSign1 cose =
                CoseSign1.decode(((QrText.Cose) QrText.parse(qr)).bytes()).orElseThrow();
        Path pub = dir.resolve("pub.pem");
        Files.writeString(pub, IssuerKeys.pem(key.certificate().getPublicKey()));
        Path sig = dir.resolve("sig.bin");
        Files.write(
                sig,
                algorithm == SignatureAlgorithm.EDDSA
                        ? cose.signature()
                        : SignatureEncoding.rawToDer(cose.signature()));
        Path tbs = dir.resolve("tbs.bin");
        Files.write(tbs, cose.toBeSigned());
        assertEquals(
                0,
                verify(algorithm, pub, tbs, sig).exit(),
                verify(algorithm, pub, tbs, sig).all());

        byte[] changed = cose.toBeSigned();
        changed[changed.length - 1] ^= 1;
        Files.write(tbs, changed);
        assertNotEquals(0, verify(algorithm, pub, tbs, sig).exit());
    }

    private static ExternalTool.Run verify(SignatureAlgorithm algorithm, Path pub, Path tbs, Path sig) {
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pub.toString(),
                "-rawin",
                "-in",
                tbs.toString(),
                "-sigfile",
                sig.toString()));
        switch (algorithm) {
            case SM2_SM3 -> command.addAll(List.of("-digest", "sm3", "-pkeyopt", "distid:1234567812345678"));
            case ES256 -> command.addAll(List.of("-digest", "sha256"));
            case EDDSA -> {}
        }
        return ExternalTool.run(command.toArray(String[]::new));
    }
}
