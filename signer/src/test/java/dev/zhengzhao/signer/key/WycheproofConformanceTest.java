package dev.zhengzhao.signer.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.upokecenter.cbor.CBORObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every Wycheproof vector for ECDSA P-256/SHA-256 (DER and P1363) and Ed25519 through
 * {@link VerificationKey}, the code the QR and PDF verifiers use. DER signatures go through the
 * strict DER-to-COSE conversion first, as PKCS#11 and CMS signatures do.
 */
class WycheproofConformanceTest {
    private static final HexFormat HEX = HexFormat.of();

    private static CBORObject load(String file) throws IOException {
        try (InputStream in = WycheproofConformanceTest.class.getResourceAsStream("/conformance/wycheproof/" + file)) {
            return CBORObject.FromJSONString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private interface SignatureForm {
        Optional<byte[]> toCose(byte[] signature);
    }

    private static void runAll(String file, SignatureAlgorithm algorithm, SignatureForm form) throws IOException {
        CBORObject suite = load(file);
        int run = 0;
        List<String> disagreements = new ArrayList<>();
        for (CBORObject group : suite.get("testGroups").getValues()) {
            Optional<VerificationKey> key = VerificationKey.ofSubjectPublicKeyInfo(
                    HEX.parseHex(group.get("publicKeyDer").AsString()));
            key.ifPresent(k -> assertEquals(algorithm, k.algorithm()));
            for (CBORObject test : group.get("tests").getValues()) {
                byte[] msg = HEX.parseHex(test.get("msg").AsString());
                byte[] sig = HEX.parseHex(test.get("sig").AsString());
                boolean expected = test.get("result").AsString().equals("valid");
                boolean actual = key.isPresent()
                        && form.toCose(sig)
                                .map(cose -> key.get().verify(msg, cose))
                                .orElse(false);
                if (actual != expected) {
                    disagreements.add("tcId " + test.get("tcId") + " ("
                            + test.get("comment").AsString() + ")");
                }
                run++;
            }
        }
        assertEquals(suite.get("numberOfTests").AsInt32Value(), run, "every vector of " + file + " was run");
        assertTrue(disagreements.isEmpty(), file + ": " + disagreements);
    }

    @Test
    void ecdsaP256P1363VectorsAllAgree() throws IOException {
        runAll("ecdsa_secp256r1_sha256_p1363_test.json", SignatureAlgorithm.ES256, Optional::of);
    }

    @Test
    void ecdsaP256DerVectorsAllAgree() throws IOException {
        runAll("ecdsa_secp256r1_sha256_test.json", SignatureAlgorithm.ES256, SignatureEncoding::derToRawIfStrict);
    }

    @Test
    void ed25519VectorsAllAgree() throws IOException {
        runAll("ed25519_test.json", SignatureAlgorithm.EDDSA, Optional::of);
    }
}
