package dev.zhengzhao.signer.cose;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.StatusLifecycle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CWT claims set (RFC 8392) of a licence, deterministically encoded (RFC 8949 §4.2.1). Layout
 * and keys are specified in docs/formats/qr-payload.md; in short:
 *
 * <pre>
 * { 1 iss (record), 4 exp, 5 nbf, 6 iat (record),
 *   -65537 licence: { 0 type, 1 id (record: text; QR: packed), 2 number (record),
 *                     3 holder name, 4 holder id (record), 5 holder id type,
 *                     6 issue date (record, days since 1970-01-01), 7 fields {tstr: tstr},
 *                     8 type name (record), 9 issuer name (record),
 *                     10 last four characters of the holder id (QR), 11 names of the QR fields (record) } }
 * </pre>
 *
 * nbf is 00:00 China time on the first valid day; exp is 00:00 China time on the day after the
 * last valid day (absent for long-term licences). The QR leaves out what the budget of a version-10
 * symbol cannot hold and a verifier can get online by identifier: number, full holder id, names,
 * issue date and signing time. It carries only the holder id's last four characters, so a printed
 * QR does not publish a citizen's full identity number.
 */
public final class LicenceCwt {
    public static final int CLAIM_ISS = 1;
    public static final int CLAIM_EXP = 4;
    public static final int CLAIM_NBF = 5;
    public static final int CLAIM_IAT = 6;
    /** The private-use claim holding the licence map. */
    public static final int CLAIM_LICENCE = -65537;

    static final int TYPE = 0;
    static final int ID = 1;
    static final int NUMBER = 2;
    static final int HOLDER_NAME = 3;
    static final int HOLDER_ID = 4;
    static final int HOLDER_ID_TYPE = 5;
    static final int ISSUE_DATE = 6;
    static final int FIELDS = 7;
    static final int TYPE_NAME = 8;
    static final int ISSUER_NAME = 9;
    static final int HOLDER_ID_TAIL = 10;
    static final int QR_FIELD_NAMES = 11;
    static final int TAIL_LENGTH = 4;
    /** How a decoded QR shows the masked holder id: four asterisks, then the last four characters. */
    public static final String MASK = "****";

    private LicenceCwt() {}

    /** The full claims for the signed record. */
    public static byte[] record(LicenceClaims claims) {
        return encode(claims, PayloadType.LICENCE_RECORD);
    }

    /** The compact claims for the QR: key fields only, packed identifier, no issuer/type names. */
    public static byte[] qr(LicenceClaims claims) {
        return encode(claims, PayloadType.LICENCE_QR);
    }

    private static byte[] encode(LicenceClaims claims, PayloadType type) {
        boolean full = type == PayloadType.LICENCE_RECORD;
        LicenceId id = LicenceId.parse(claims.licenceId());
        Map<CBORObject, CBORObject> licence = new LinkedHashMap<>();
        put(licence, TYPE, CBORObject.FromObject(type.code()));
        put(licence, ID, full ? CBORObject.FromObject(id.text()) : CBORObject.FromObject(LicenceId36.pack(id)));
        putText(licence, HOLDER_NAME, claims.holderName());
        putText(licence, HOLDER_ID_TYPE, claims.holderIdType());
        Map<String, String> fields = full ? claims.fields() : claims.qrFields();
        if (!fields.isEmpty()) {
            put(licence, FIELDS, DeterministicCbor.textMap(fields));
        }
        Map<CBORObject, CBORObject> cwt = new LinkedHashMap<>();
        if (full) {
            putText(licence, NUMBER, claims.number());
            putText(licence, HOLDER_ID, claims.holderId());
            if (claims.issueDate() != null) {
                put(
                        licence,
                        ISSUE_DATE,
                        CBORObject.FromObject(claims.issueDate().toEpochDay()));
            }
            putText(licence, TYPE_NAME, claims.typeName());
            putText(licence, ISSUER_NAME, claims.issuerName());
            if (!claims.qrFields().isEmpty()) {
                CBORObject names = CBORObject.NewArray();
                claims.qrFields().keySet().forEach(k -> names.Add(CBORObject.FromObject(k)));
                put(licence, QR_FIELD_NAMES, names);
            }
            put(cwt, CLAIM_ISS, CBORObject.FromObject(id.issuerCode().value()));
            put(cwt, CLAIM_IAT, CBORObject.FromObject(claims.issuedAt().getEpochSecond()));
        } else if (claims.holderId() != null) {
            String holderId = claims.holderId();
            putText(licence, HOLDER_ID_TAIL, holderId.substring(Math.max(0, holderId.length() - TAIL_LENGTH)));
        }
        if (claims.validUntil() != null) {
            put(
                    cwt,
                    CLAIM_EXP,
                    CBORObject.FromObject(startOfDay(claims.validUntil().plusDays(1))));
        }
        if (claims.validFrom() != null) {
            put(cwt, CLAIM_NBF, CBORObject.FromObject(startOfDay(claims.validFrom())));
        }
        put(cwt, CLAIM_LICENCE, DeterministicCbor.map(licence));
        return DeterministicCbor.map(cwt).EncodeToBytes();
    }

    /**
     * Decoded claims with their payload type and raw CWT times. From a QR, {@code claims.holderId()}
     * is masked ({@link #MASK} + last four characters), names and number are null and
     * {@code issuedAt} is the start of validity (the QR carries no signing time).
     */
    public record Decoded(PayloadType type, LicenceClaims claims, Instant notBefore, Instant expires) {}

    /** Parses a claims set; empty when it is not a well-formed licence claims set. */
    public static Optional<Decoded> decode(byte[] payload) {
        return claimsSet(payload).flatMap(LicenceCwt::decode);
    }

    /** The CBOR map of a signed payload, decoded once; empty when the payload is not a CBOR map. */
    public static Optional<CBORObject> claimsSet(byte[] payload) {
        try {
            CBORObject cwt = CBORObject.DecodeFromBytes(payload);
            return cwt.getType() == CBORType.Map ? Optional.of(cwt) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The payload type a decoded claims set declares (claim 0 of the licence claim map), if any. */
    public static Optional<PayloadType> typeOf(CBORObject cwt) {
        try {
            CBORObject licence = cwt.get(CBORObject.FromObject(CLAIM_LICENCE));
            if (licence == null || licence.getType() != CBORType.Map) {
                return Optional.empty();
            }
            return integer(licence, TYPE).flatMap(PayloadType::fromCode);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads a decoded claims set ({@link #claimsSet}); empty when it is not a licence claims set. */
    public static Optional<Decoded> decode(CBORObject cwt) {
        try {
            CBORObject licence = cwt.get(CBORObject.FromObject(CLAIM_LICENCE));
            if (licence == null || licence.getType() != CBORType.Map) {
                return Optional.empty();
            }
            Optional<PayloadType> type =
                    PayloadType.fromCode(integer(licence, TYPE).orElse(-1L));
            if (type.isEmpty()) {
                return Optional.empty();
            }
            boolean full = type.get() == PayloadType.LICENCE_RECORD;
            CBORObject idObject = licence.get(CBORObject.FromObject(ID));
            LicenceId id = idObject.getType() == CBORType.ByteString
                    ? LicenceId36.unpack(idObject.GetByteString())
                    : LicenceId.parse(idObject.AsString());
            Instant nbf = integer(cwt, CLAIM_NBF).map(Instant::ofEpochSecond).orElse(null);
            Instant exp = integer(cwt, CLAIM_EXP).map(Instant::ofEpochSecond).orElse(null);
            Instant iat = integer(cwt, CLAIM_IAT).map(Instant::ofEpochSecond).orElse(nbf);
            if (iat == null) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            CBORObject fieldMap = licence.get(CBORObject.FromObject(FIELDS));
            if (fieldMap != null) {
                for (CBORObject key : fieldMap.getKeys()) {
                    fields.put(key.AsString(), fieldMap.get(key).AsString());
                }
            }
            Map<String, String> qrFields = new LinkedHashMap<>();
            CBORObject qrNames = licence.get(CBORObject.FromObject(QR_FIELD_NAMES));
            if (full && qrNames != null) {
                for (CBORObject name : qrNames.getValues()) {
                    String key = name.AsString();
                    if (fields.containsKey(key)) {
                        qrFields.put(key, fields.get(key));
                    }
                }
            }
            String tail = text(licence, HOLDER_ID_TAIL);
            LicenceClaims claims = new LicenceClaims(
                    id.text(),
                    id.typeCode().value(),
                    text(licence, TYPE_NAME),
                    text(licence, NUMBER),
                    id.issuerCode().value(),
                    text(licence, ISSUER_NAME),
                    text(licence, HOLDER_NAME),
                    full ? text(licence, HOLDER_ID) : tail == null ? null : MASK + tail,
                    text(licence, HOLDER_ID_TYPE),
                    integer(licence, ISSUE_DATE).map(LocalDate::ofEpochDay).orElse(null),
                    nbf == null ? null : LocalDate.ofInstant(nbf, StatusLifecycle.LICENCE_ZONE),
                    exp == null ? null : LocalDate.ofInstant(exp.minusSeconds(1), StatusLifecycle.LICENCE_ZONE),
                    iat,
                    full ? fields : Map.of(),
                    full ? qrFields : fields);
            return Optional.of(new Decoded(type.get(), claims, nbf, exp));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static long startOfDay(LocalDate day) {
        return day.atStartOfDay(StatusLifecycle.LICENCE_ZONE).toEpochSecond();
    }

    private static void put(Map<CBORObject, CBORObject> map, int key, CBORObject value) {
        map.put(CBORObject.FromObject(key), value);
    }

    private static void putText(Map<CBORObject, CBORObject> map, int key, String value) {
        if (value != null) {
            put(map, key, CBORObject.FromObject(value));
        }
    }

    private static Optional<Long> integer(CBORObject map, int key) {
        CBORObject value = map.get(CBORObject.FromObject(key));
        if (value == null
                || value.isTagged()
                || !value.isNumber()
                || !value.AsNumber().IsInteger()) {
            return Optional.empty();
        }
        return Optional.of(value.AsNumber().ToInt64Checked());
    }

    private static String text(CBORObject map, int key) {
        CBORObject value = map.get(CBORObject.FromObject(key));
        return value == null ? null : value.AsString();
    }
}
