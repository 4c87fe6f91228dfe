package dev.zhengzhao.signer.cose;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.zhengzhao.signer.key.IssuerKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A COSE_Sign1 message (RFC 9052 §4.2), tagged 18:
 * {@code [protected: bstr .cbor {1: alg, 4: kid}, unprotected: {}, payload: bstr, signature: bstr]}.
 * The signature covers {@code Sig_structure = ["Signature1", protected, h'', payload]}.
 *
 * @param protectedBytes the protected header exactly as received or written (the signature covers these bytes)
 * @param alg the COSE algorithm value from the protected header
 * @param kid the key identifier from the protected header
 * @param payload the CBOR claims
 * @param signature the COSE-form signature
 */
public record CoseSign1(byte[] protectedBytes, long alg, byte[] kid, byte[] payload, byte[] signature) {
    public static final int TAG = 18;
    private static final int HEADER_ALG = 1;
    private static final int HEADER_CRIT = 2;
    private static final int HEADER_KID = 4;

    public CoseSign1 {
        protectedBytes = protectedBytes.clone();
        kid = kid.clone();
        payload = payload.clone();
        signature = signature.clone();
    }

    /** Signs {@code payload} with {@code key}: the key sees exactly the Sig_structure bytes. */
    public static CoseSign1 sign(IssuerKey key, byte[] payload) {
        Map<CBORObject, CBORObject> header = new LinkedHashMap<>();
        header.put(
                CBORObject.FromObject(HEADER_ALG),
                CBORObject.FromObject(key.algorithm().coseValue()));
        header.put(
                CBORObject.FromObject(HEADER_KID),
                CBORObject.FromObject(key.kid().bytes()));
        byte[] protectedBytes = DeterministicCbor.map(header).EncodeToBytes();
        byte[] signature = key.sign(toBeSigned(protectedBytes, payload));
        return new CoseSign1(
                protectedBytes, key.algorithm().coseValue(), key.kid().bytes(), payload, signature);
    }

    /** The Sig_structure for a COSE_Sign1 with no external data. */
    public static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
        CBORObject structure = CBORObject.NewArray();
        structure.Add(CBORObject.FromObject("Signature1"));
        structure.Add(CBORObject.FromObject(protectedBytes));
        structure.Add(CBORObject.FromObject(new byte[0]));
        structure.Add(CBORObject.FromObject(payload));
        return structure.EncodeToBytes();
    }

    public byte[] toBeSigned() {
        return toBeSigned(protectedBytes, payload);
    }

    public byte[] encode() {
        CBORObject array = CBORObject.NewArray();
        array.Add(CBORObject.FromObject(protectedBytes));
        array.Add(CBORObject.NewOrderedMap());
        array.Add(CBORObject.FromObject(payload));
        array.Add(CBORObject.FromObject(signature));
        return CBORObject.FromObjectAndTag(array, TAG).EncodeToBytes();
    }

    /** Parses a COSE_Sign1 (tagged or not); empty when it is not one this format accepts. */
    public static Optional<CoseSign1> decode(byte[] bytes) {
        try {
            CBORObject message = CBORObject.DecodeFromBytes(bytes);
            if (message.isTagged()) {
                if (!message.HasOneTag(TAG)) {
                    return Optional.empty();
                }
                message = message.UntagOne();
            }
            if (message.getType() != CBORType.Array || message.size() != 4) {
                return Optional.empty();
            }
            CBORObject protectedBstr = message.get(0);
            CBORObject unprotected = message.get(1);
            CBORObject payload = message.get(2);
            CBORObject signature = message.get(3);
            if (!isBytes(protectedBstr)
                    || unprotected.getType() != CBORType.Map
                    || !isBytes(payload)
                    || !isBytes(signature)) {
                return Optional.empty();
            }
            byte[] protectedBytes = protectedBstr.GetByteString();
            CBORObject header = CBORObject.DecodeFromBytes(protectedBytes);
            if (header.getType() != CBORType.Map || header.ContainsKey(CBORObject.FromObject(HEADER_CRIT))) {
                return Optional.empty();
            }
            CBORObject alg = header.get(CBORObject.FromObject(HEADER_ALG));
            CBORObject kid = header.get(CBORObject.FromObject(HEADER_KID));
            if (alg == null
                    || alg.isTagged()
                    || !alg.isNumber()
                    || !alg.AsNumber().IsInteger()
                    || !alg.AsNumber().CanFitInInt64()
                    || kid == null
                    || !isBytes(kid)) {
                return Optional.empty();
            }
            return Optional.of(new CoseSign1(
                    protectedBytes,
                    alg.AsNumber().ToInt64Checked(),
                    kid.GetByteString(),
                    payload.GetByteString(),
                    signature.GetByteString()));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static boolean isBytes(CBORObject o) {
        return !o.isTagged() && o.getType() == CBORType.ByteString;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoseSign1 c
                && Arrays.equals(protectedBytes, c.protectedBytes)
                && Arrays.equals(payload, c.payload)
                && Arrays.equals(signature, c.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(protectedBytes) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "CoseSign1[alg=" + alg + ", " + payload.length + "-byte payload]";
    }

    @Override
    public byte[] protectedBytes() {
        return protectedBytes.clone();
    }

    @Override
    public byte[] kid() {
        return kid.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
