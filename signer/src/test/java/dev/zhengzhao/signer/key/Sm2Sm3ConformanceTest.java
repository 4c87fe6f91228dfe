package dev.zhengzhao.signer.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.upokecenter.cbor.CBORObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * SM3 digests and SM2 known-answer signatures (GM/T 0003.5 Annex A; GB/T 32918.2 example) through
 * the signer's own SM2 signing and verification code: with the published k and user ID the
 * signatures reproduce exactly, and the published signatures verify only with the right message and ID.
 */
class Sm2Sm3ConformanceTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String resource(String name) throws IOException {
        try (InputStream in = Sm2Sm3ConformanceTest.class.getResourceAsStream("/conformance/sm2-sm3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    @Test
    void sm3DigestsMatchTheCuratedAndOpensslVectors() throws IOException {
        CBORObject vectors = CBORObject.FromJSONString(resource("sm2_sm3_vectors.json"));
        int curated = 0;
        for (CBORObject v : vectors.get("sm3").getValues()) {
            if (v.ContainsKey("digest")) {
                byte[] msg = v.get("msg_ascii").AsString().getBytes(StandardCharsets.US_ASCII);
                assertArrayEquals(
                        HEX.parseHex(v.get("digest").AsString()),
                        sm3(msg),
                        v.get("id").AsString());
                curated++;
            }
        }
        assertEquals(2, curated);
        int openssl = 0;
        String input = null;
        for (String line : resource("openssl-evp-data/evpmd_sm3.txt").split("\n")) {
            if (line.startsWith("Input = ")) {
                input = line.substring(8).strip();
            } else if (line.startsWith("Output = ")) {
                assertArrayEquals(
                        HEX.parseHex(line.substring(9).strip().toLowerCase()), sm3(HEX.parseHex(input.toLowerCase())));
                openssl++;
            }
        }
        assertEquals(8, openssl, "all SM3 vectors of evpmd_sm3.txt");
    }

    @Test
    void recommendedCurveVectorReproducesAndVerifies() throws IOException, CryptoException {
        CBORObject v = kat(0);
        ECNamedDomainParameters domain = new ECNamedDomainParameters(
                GMObjectIdentifiers.sm2p256v1, GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1));
        checkVector(
                v,
                domain,
                VerificationKey.ofParameters(
                                publicKey(v, domain), v.get("user_id_ascii").AsString())
                        .orElseThrow());
    }

    @Test
    void exampleCurveVectorReproducesAndVerifies() throws IOException, CryptoException {
        CBORObject v = kat(1);
        BigInteger p = big("8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3");
        BigInteger a = big("787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498");
        BigInteger b = big("63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A");
        BigInteger n = big("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7");
        ECCurve curve = new ECCurve.Fp(p, a, b, n, BigInteger.ONE);
        ECPoint g = curve.createPoint(
                big("421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D"),
                big("0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2"));
        ECDomainParameters domain = new ECDomainParameters(curve, g, n);
        checkVector(
                v,
                domain,
                VerificationKey.onAnyCurve(
                        SignatureAlgorithm.SM2_SM3,
                        publicKey(v, domain),
                        v.get("user_id_ascii").AsString()));
    }

    private static void checkVector(CBORObject v, ECDomainParameters domain, VerificationKey key)
            throws CryptoException {
        byte[] msg = v.get("msg_ascii").AsString().getBytes(StandardCharsets.US_ASCII);
        byte[] expected = HEX.parseHex((v.get("r").AsString() + v.get("s").AsString()).toLowerCase());
        ECPrivateKeyParameters privateKey =
                new ECPrivateKeyParameters(big(v.get("d").AsString()), domain);
        byte[] signed = new SoftwareSigner(
                        SignatureAlgorithm.SM2_SM3,
                        privateKey,
                        v.get("user_id_ascii").AsString(),
                        new FixedRandom(HEX.parseHex(v.get("k").AsString().toLowerCase())))
                .sign(msg);
        assertArrayEquals(expected, signed, "r || s with the published k");
        assertTrue(key.verify(msg, expected));
        byte[] tampered = msg.clone();
        tampered[tampered.length - 1] ^= 0x20;
        assertFalse(key.verify(tampered, expected), "tampered message");
        VerificationKey wrongId = VerificationKey.onAnyCurve(
                SignatureAlgorithm.SM2_SM3,
                publicKey(v, domain),
                "ALICE123@YAHOO.COM".equals(v.get("user_id_ascii").AsString())
                        ? SignatureAlgorithm.DEFAULT_SM2_USER_ID
                        : "ALICE123@YAHOO.COM");
        assertFalse(wrongId.verify(msg, expected), "wrong user ID");
    }

    private static CBORObject kat(int index) throws IOException {
        return CBORObject.FromJSONString(resource("sm2_sm3_vectors.json"))
                .get("sm2_sign_kat")
                .get(index);
    }

    private static ECPublicKeyParameters publicKey(CBORObject v, ECDomainParameters domain) {
        ECPoint q = domain.getCurve()
                .createPoint(big(v.get("pub_x").AsString()), big(v.get("pub_y").AsString()));
        assertEquals(q, domain.getG().multiply(big(v.get("d").AsString())).normalize(), "public key derives from d");
        return new ECPublicKeyParameters(q, domain);
    }

    private static BigInteger big(String hex) {
        return new BigInteger(hex, 16);
    }

    /** Returns the published nonce k as the "random" bytes SM2 draws for its nonce. */
    private static final class FixedRandom extends SecureRandom {
        private final byte[] k;

        FixedRandom(byte[] k) {
            this.k = k;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(k, 0, bytes, 0, bytes.length);
        }
    }
}
