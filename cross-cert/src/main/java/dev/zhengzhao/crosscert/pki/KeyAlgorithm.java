package dev.zhengzhao.crosscert.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The key and signature algorithms of the bridge: SM2 with SM3 (mainland issuers), ECDSA P-256 and
 * Ed25519 (Hong Kong, Macau and international counterparts).
 */
public enum KeyAlgorithm {
    SM2("EC", "sm2p256v1", "SM3withSM2"),
    EC_P256("EC", "secp256r1", "SHA256withECDSA"),
    ED25519("Ed25519", null, "Ed25519");

    private final String keyAlgorithm;
    private final String curve;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyAlgorithm, String curve, String signatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA signature algorithm a key of this kind signs certificates, CRLs and lists with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, Providers.bc());
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve), random);
            } else {
                generator.initialize(255, random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key", e);
        }
    }

    /** Which algorithm a public key belongs to, from its encoded SubjectPublicKeyInfo. */
    public static KeyAlgorithm of(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        String oid = info.getAlgorithm().getAlgorithm().getId();
        if ("1.3.101.112".equals(oid)) {
            return ED25519;
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.getId().equals(oid)) {
            String params = info.getAlgorithm().getParameters().toString();
            if (GMObjectIdentifiers.sm2p256v1.getId().equals(params)) {
                return SM2;
            }
            if (X9ObjectIdentifiers.prime256v1.getId().equals(params)) {
                return EC_P256;
            }
        }
        throw new IllegalArgumentException("unsupported key algorithm " + oid);
    }
}
