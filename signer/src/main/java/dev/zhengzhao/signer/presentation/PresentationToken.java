package dev.zhengzhao.signer.presentation;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.verify.Presentation;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.cose.DeterministicCbor;
import dev.zhengzhao.signer.cose.LicenceCwt;
import dev.zhengzhao.signer.cose.LicenceId36;
import dev.zhengzhao.signer.cose.PayloadType;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.qr.QrText;
import dev.zhengzhao.signer.verify.SignerCertificates;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The presentation token (亮证码): a short-lived, single-use QR that names one licence, signed by
 * the repository's own key, in the same QR family as the licence QR ({@code ZZ1:} + Base45 of
 * zlib(COSE_Sign1)). Its claims, deterministically encoded:
 *
 * <pre>
 * { 4 exp, 6 iat, 7 cti: nonce (16 random bytes),
 *   -65537: { 0 type: 3 (presentation), 1 licence id (packed, as in the licence QR), 12 holder binding (16 bytes) } }
 * </pre>
 *
 * The holder binding is the first 16 bytes of SHA-256("zz-holder:" + code type + ":" + code): it
 * ties the token to the holder without carrying the holder's code. A verifier reads the type before
 * anything else, so a presentation is never taken for a licence QR, nor the reverse.
 */
public final class PresentationToken {
    static final int CLAIM_CTI = 7;
    static final int TYPE = 0;
    static final int ID = 1;
    static final int HOLDER_BINDING = 12;
    public static final int NONCE_BYTES = 16;

    /** A decoded token, before or after its signature and time are checked. */
    public record Claims(String licenceId, byte[] holderBinding, byte[] nonce, Instant issuedAt, Instant expires) {
        public String nonceHex() {
            return HexFormat.of().formatHex(nonce);
        }
    }

    /** The outcome of checking a token. */
    public sealed interface Checked {}

    /** Signed by a known repository key; the caller still checks time, nonce and status. */
    public record Verified(Claims claims, Kid kid) implements Checked {}

    /**
     * @param reason not-a-presentation, malformed-cose, unknown-kid, presentation-signature
     */
    public record Refused(Reason reason, String detail) implements Checked {}

    private PresentationToken() {}

    public static String issue(IssuerKey repositoryKey, Claims claims) {
        Map<CBORObject, CBORObject> inner = new HashMap<>();
        inner.put(CBORObject.FromObject(TYPE), CBORObject.FromObject(PayloadType.PRESENTATION.code()));
        inner.put(
                CBORObject.FromObject(ID),
                CBORObject.FromObject(LicenceId36.pack(LicenceId.parse(claims.licenceId()))));
        inner.put(CBORObject.FromObject(HOLDER_BINDING), CBORObject.FromObject(claims.holderBinding()));
        Map<CBORObject, CBORObject> outer = new HashMap<>();
        outer.put(
                CBORObject.FromObject(LicenceCwt.CLAIM_EXP),
                CBORObject.FromObject(claims.expires().getEpochSecond()));
        outer.put(
                CBORObject.FromObject(LicenceCwt.CLAIM_IAT),
                CBORObject.FromObject(claims.issuedAt().getEpochSecond()));
        outer.put(CBORObject.FromObject(CLAIM_CTI), CBORObject.FromObject(claims.nonce()));
        outer.put(CBORObject.FromObject(LicenceCwt.CLAIM_LICENCE), DeterministicCbor.map(inner));
        byte[] payload = DeterministicCbor.map(outer).EncodeToBytes();
        return QrText.of(CoseSign1.sign(repositoryKey, payload).encode());
    }

    /** Whether {@code qrText} is a presentation token (by its type claim), signature unchecked. */
    public static boolean isPresentation(String qrText) {
        return decode(qrText).isPresent();
    }

    /** Checks the repository's signature; never throws on bad input. */
    public static Checked verify(String qrText, SignerCertificates repositoryKeys) {
        try {
            Optional<Decoded> decoded = decode(qrText);
            if (decoded.isEmpty()) {
                return new Refused(Reason.NOT_A_PRESENTATION, "the QR is not a presentation token");
            }
            return verify(decoded.get().cose(), decoded.get().claims(), repositoryKeys);
        } catch (RuntimeException e) {
            return new Refused(Reason.MALFORMED_COSE, "the presentation could not be read");
        }
    }

    /**
     * Checks the repository's signature on a message already decoded, whose claims set
     * ({@link LicenceCwt#claimsSet}) declares a presentation; never throws on bad input.
     */
    public static Checked verify(CoseSign1 cose, CBORObject claimsSet, SignerCertificates repositoryKeys) {
        try {
            Optional<Claims> claims = claims(claimsSet);
            if (claims.isEmpty()) {
                return new Refused(Reason.MALFORMED_COSE, "the presentation could not be read");
            }
            return verify(cose, claims.get(), repositoryKeys);
        } catch (RuntimeException e) {
            return new Refused(Reason.MALFORMED_COSE, "the presentation could not be read");
        }
    }

    private static Checked verify(CoseSign1 cose, Claims claims, SignerCertificates repositoryKeys) {
        Kid kid = new Kid(cose.kid());
        Optional<SignerCertificates.Signer> signer = repositoryKeys.find(kid);
        if (signer.isEmpty()) {
            return new Refused(Reason.UNKNOWN_KID, "the presentation was not signed by this repository");
        }
        if (!signer.get().key().verify(cose.toBeSigned(), cose.signature())) {
            return new Refused(Reason.PRESENTATION_SIGNATURE, "the presentation's signature does not verify");
        }
        return new Verified(claims, kid);
    }

    /** The holder binding for a holder's code type and code. */
    public static byte[] holderBinding(String holderIdType, String holderId) {
        return Presentation.binding(holderIdType, holderId);
    }

    private record Decoded(CoseSign1 cose, Claims claims) {}

    private static Optional<Decoded> decode(String qrText) {
        try {
            if (!(QrText.parse(qrText) instanceof QrText.Cose bytes)) {
                return Optional.empty();
            }
            Optional<CoseSign1> cose = CoseSign1.decode(bytes.bytes());
            if (cose.isEmpty()) {
                return Optional.empty();
            }
            return LicenceCwt.claimsSet(cose.get().payload())
                    .flatMap(PresentationToken::claims)
                    .map(claims -> new Decoded(cose.get(), claims));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The claims of a decoded claims set that declares a presentation; empty for anything else. */
    private static Optional<Claims> claims(CBORObject outer) {
        try {
            CBORObject inner = outer.get(CBORObject.FromObject(LicenceCwt.CLAIM_LICENCE));
            if (inner == null || inner.getType() != CBORType.Map) {
                return Optional.empty();
            }
            CBORObject type = inner.get(CBORObject.FromObject(TYPE));
            if (type == null || !type.isNumber() || type.AsInt32Value() != PayloadType.PRESENTATION.code()) {
                return Optional.empty();
            }
            return Optional.of(new Claims(
                    LicenceId36.unpack(inner.get(CBORObject.FromObject(ID)).GetByteString())
                            .text(),
                    inner.get(CBORObject.FromObject(HOLDER_BINDING)).GetByteString(),
                    outer.get(CBORObject.FromObject(CLAIM_CTI)).GetByteString(),
                    Instant.ofEpochSecond(outer.get(CBORObject.FromObject(LicenceCwt.CLAIM_IAT))
                            .AsInt64Value()),
                    Instant.ofEpochSecond(outer.get(CBORObject.FromObject(LicenceCwt.CLAIM_EXP))
                            .AsInt64Value())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
