package dev.zhengzhao.signer.key;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;

/**
 * Signs with a private key held in memory, through Bouncy Castle's low-level API (about twice as
 * fast as through JCA for SM2, docs/measured.md). ECDSA uses deterministic nonces (RFC 6979), so
 * the same claims give the same signature; SM2 draws its nonce from {@code random}.
 */
final class SoftwareSigner {
    private final SignatureAlgorithm algorithm;
    private final AsymmetricKeyParameter privateKey;
    private final byte[] sm2UserId;
    private final SecureRandom random;

    SoftwareSigner(
            SignatureAlgorithm algorithm, AsymmetricKeyParameter privateKey, String sm2UserId, SecureRandom random) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.sm2UserId = sm2UserId.getBytes(StandardCharsets.US_ASCII);
        this.random = random;
    }

    byte[] sign(byte[] data) throws CryptoException {
        return switch (algorithm) {
            case ES256 -> {
                SHA256Digest digest = new SHA256Digest();
                digest.update(data, 0, data.length);
                byte[] hash = new byte[32];
                digest.doFinal(hash, 0);
                ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
                signer.init(true, privateKey);
                BigInteger[] rs = signer.generateSignature(hash);
                byte[] raw = new byte[64];
                BigIntegers.asUnsignedByteArray(rs[0], raw, 0, 32);
                BigIntegers.asUnsignedByteArray(rs[1], raw, 32, 32);
                yield raw;
            }
            case EDDSA -> {
                Ed25519Signer signer = new Ed25519Signer();
                signer.init(true, privateKey);
                signer.update(data, 0, data.length);
                yield signer.generateSignature();
            }
            case SM2_SM3 -> {
                SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
                signer.init(true, new ParametersWithID(new ParametersWithRandom(privateKey, random), sm2UserId));
                signer.update(data, 0, data.length);
                yield signer.generateSignature();
            }
        };
    }
}
