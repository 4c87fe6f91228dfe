package dev.zhengzhao.signer.key;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * Converts ECDSA/SM2 signatures between the DER {@code SEQUENCE {r, s}} of X.509, CMS and PKCS#11
 * providers and the fixed {@code r || s} form of COSE. DER input is accepted only when it is the
 * unique DER encoding, so a BER variant cannot be turned into a second valid signature.
 */
public final class SignatureEncoding {
    public static final int COMPONENT_LENGTH = 32;

    private SignatureEncoding() {}

    public static byte[] derToRaw(byte[] der) {
        return derToRawIfStrict(der).orElseThrow(() -> new IllegalArgumentException("not a DER ECDSA signature"));
    }

    /** The {@code r || s} form, or empty when {@code der} is not strict DER or a component is too long. */
    public static Optional<byte[]> derToRawIfStrict(byte[] der) {
        try {
            ASN1Primitive parsed = ASN1Primitive.fromByteArray(der);
            if (!(parsed instanceof ASN1Sequence seq) || seq.size() != 2) {
                return Optional.empty();
            }
            if (!Arrays.equals(parsed.getEncoded(ASN1Encoding.DER), der)) {
                return Optional.empty();
            }
            if (!(seq.getObjectAt(0) instanceof ASN1Integer r) || !(seq.getObjectAt(1) instanceof ASN1Integer s)) {
                return Optional.empty();
            }
            BigInteger rv = r.getValue();
            BigInteger sv = s.getValue();
            if (rv.signum() < 0 || sv.signum() < 0 || rv.bitLength() > 256 || sv.bitLength() > 256) {
                return Optional.empty();
            }
            byte[] raw = new byte[2 * COMPONENT_LENGTH];
            BigIntegers.asUnsignedByteArray(rv, raw, 0, COMPONENT_LENGTH);
            BigIntegers.asUnsignedByteArray(sv, raw, COMPONENT_LENGTH, COMPONENT_LENGTH);
            return Optional.of(raw);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static byte[] rawToDer(byte[] raw) {
        if (raw.length != 2 * COMPONENT_LENGTH) {
            throw new IllegalArgumentException("an r || s signature is 64 bytes");
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, COMPONENT_LENGTH));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, COMPONENT_LENGTH, raw.length));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
