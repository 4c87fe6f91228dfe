package dev.zhengzhao.signer.key;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;

/**
 * Lets Bouncy Castle's certificate, CSR and CMS builders sign through any {@link IssuerKey} (a
 * PKCS#11 token included): it collects the bytes to be signed, asks the key for a COSE-form
 * signature and re-encodes ECDSA/SM2 signatures as DER, as X.509 and CMS expect.
 */
public final class ContentSignerAdapter implements ContentSigner {
    private final SignatureAlgorithm algorithm;
    private final UnaryOperator<byte[]> rawSigner;
    private final ByteArrayOutputStream toSign = new ByteArrayOutputStream();

    public ContentSignerAdapter(SignatureAlgorithm algorithm, UnaryOperator<byte[]> rawSigner) {
        this.algorithm = algorithm;
        this.rawSigner = rawSigner;
    }

    public static ContentSignerAdapter of(IssuerKey key) {
        return new ContentSignerAdapter(key.algorithm(), key::sign);
    }

    /** The X.509/CMS signature algorithm identifier of {@code algorithm}. */
    public static AlgorithmIdentifier identifier(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            case SM2_SM3 -> new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
            case EDDSA -> new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);
        };
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return identifier(algorithm);
    }

    @Override
    public OutputStream getOutputStream() {
        return toSign;
    }

    @Override
    public byte[] getSignature() {
        byte[] raw = rawSigner.apply(toSign.toByteArray());
        toSign.reset();
        return algorithm == SignatureAlgorithm.EDDSA ? raw : SignatureEncoding.rawToDer(raw);
    }
}
