package dev.zhengzhao.signer.key;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.ECCurve;

/**
 * A parsed public key that checks COSE-form signatures. Parse once and keep it: Bouncy Castle
 * verifies about twice as fast with a reused key object (docs/measured.md). Immutable and safe to
 * share between threads; {@link #verify} never throws.
 */
public final class VerificationKey {
    private final SignatureAlgorithm algorithm;
    private final AsymmetricKeyParameter key;
    private final byte[] sm2UserId;

    /*
     * Each thread verifies with its own copy of an EC key, on its own copy of the curve. Bouncy
     * Castle caches a point's precomputed multiples on the point and takes a lock on that cache at
     * every multiplication; with the key and the curve's generator shared, the service's request
     * threads queued on those two locks (JFR showed waits of 20 ms and more when the holder was
     * descheduled). The copy costs one precomputation per thread and key.
     */
    private final ThreadLocal<AsymmetricKeyParameter> perThread;

    private VerificationKey(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, byte[] sm2UserId) {
        this.algorithm = algorithm;
        this.key = key;
        this.sm2UserId = sm2UserId;
        this.perThread = key instanceof ECPublicKeyParameters ec ? ThreadLocal.withInitial(() -> onOwnCurve(ec)) : null;
    }

    private static ECPublicKeyParameters onOwnCurve(ECPublicKeyParameters key) {
        ECDomainParameters shared = key.getParameters();
        ECCurve curve = shared.getCurve().configure().create();
        ECDomainParameters own = shared instanceof ECNamedDomainParameters named
                ? new ECNamedDomainParameters(
                        named.getName(),
                        curve,
                        curve.importPoint(shared.getG()),
                        shared.getN(),
                        shared.getH(),
                        shared.getSeed())
                : new ECDomainParameters(
                        curve, curve.importPoint(shared.getG()), shared.getN(), shared.getH(), shared.getSeed());
        return new ECPublicKeyParameters(curve.importPoint(key.getQ()), own);
    }

    private AsymmetricKeyParameter key() {
        return perThread == null ? key : perThread.get();
    }

    /** The key of {@code certificate}, or empty when its algorithm is none of the three. */
    public static Optional<VerificationKey> of(X509Certificate certificate) {
        try {
            return ofSubjectPublicKeyInfo(certificate.getPublicKey().getEncoded());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a DER SubjectPublicKeyInfo; empty when it is not a P-256, SM2 or Ed25519 key. */
    public static Optional<VerificationKey> ofSubjectPublicKeyInfo(byte[] spki) {
        return ofSubjectPublicKeyInfo(spki, SignatureAlgorithm.DEFAULT_SM2_USER_ID);
    }

    public static Optional<VerificationKey> ofSubjectPublicKeyInfo(byte[] spki, String sm2UserId) {
        try {
            AsymmetricKeyParameter key = PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(spki));
            return algorithmOf(key)
                    .map(alg -> new VerificationKey(alg, key, sm2UserId.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Wraps already-parsed key parameters (used by tests with published key values). */
    public static Optional<VerificationKey> ofParameters(AsymmetricKeyParameter key, String sm2UserId) {
        return algorithmOf(key)
                .map(alg -> new VerificationKey(alg, key, sm2UserId.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A key on a curve other than the named ones, e.g. the GB/T 32918 example curve of a test vector. */
    static VerificationKey onAnyCurve(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, String sm2UserId) {
        return new VerificationKey(algorithm, key, sm2UserId.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<SignatureAlgorithm> algorithmOf(AsymmetricKeyParameter key) {
        if (key instanceof Ed25519PublicKeyParameters
                || key instanceof org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters) {
            return Optional.of(SignatureAlgorithm.EDDSA);
        }
        if (key instanceof org.bouncycastle.crypto.params.ECKeyParameters ec
                && ec.getParameters() instanceof ECNamedDomainParameters named) {
            ASN1ObjectIdentifier curve = named.getName();
            if (curve.equals(GMObjectIdentifiers.sm2p256v1)) {
                return Optional.of(SignatureAlgorithm.SM2_SM3);
            }
            if (curve.equals(SECObjectIdentifiers.secp256r1)) {
                return Optional.of(SignatureAlgorithm.ES256);
            }
        }
        return Optional.empty();
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** True only when {@code signature} is a valid COSE-form signature over {@code data}. */
    public boolean verify(byte[] data, byte[] signature) {
        try {
            return switch (algorithm) {
                case ES256 -> verifyEs256(data, signature);
                case EDDSA -> verifyEd25519(data, signature);
                case SM2_SM3 -> verifySm2(data, signature);
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean verifyEs256(byte[] data, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, 0, data.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, key());
        return signer.verifySignature(
                hash,
                new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
    }

    private boolean verifyEd25519(byte[] data, byte[] signature) {
        if (signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return false;
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, key);
        signer.update(data, 0, data.length);
        return signer.verifySignature(signature);
    }

    private boolean verifySm2(byte[] data, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        signer.init(false, new ParametersWithID(key(), sm2UserId));
        signer.update(data, 0, data.length);
        return signer.verifySignature(signature);
    }

    /** Convenience for a certificate that must be usable; throws when it is not. */
    public static VerificationKey require(X509Certificate certificate) {
        return of(certificate)
                .orElseThrow(() -> new IllegalArgumentException(
                        "the certificate's key is not P-256, SM2 (sm2p256v1) or Ed25519: " + subject(certificate)));
    }

    private static String subject(X509Certificate certificate) {
        try {
            return certificate.getSubjectX500Principal().getName() + " (" + certificate.getEncoded().length + " bytes)";
        } catch (CertificateEncodingException e) {
            return certificate.getSubjectX500Principal().getName();
        }
    }
}
