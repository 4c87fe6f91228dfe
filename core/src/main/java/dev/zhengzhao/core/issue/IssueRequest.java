package dev.zhengzhao.core.issue;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an issuer asks for. Only the type, issuer, number and holder are required; dates default to
 * the issue day and the type's validity rule.
 *
 * @param typeCode ZZLXDM
 * @param issuerCode ZZBFJGDM
 * @param number ZZBH, the issuer's own licence number
 * @param holderName CZZT
 * @param holderId CZZTDM
 * @param holderIdType CZZTDMLX code (111, 001, …)
 * @param issueDate ZZBFRQ; today (China time) when null
 * @param validFrom ZZYXQQSRQ; the issue date when null
 * @param validUntil ZZYXQJZRQ; from the type's rule when null
 * @param fields type-specific fields
 * @param serial an issuer-supplied serial for the identifier; a random one when null
 * @param signerName ZZQZR, the person or system that signs; the issuer name when null
 */
public record IssueRequest(
        String typeCode,
        String issuerCode,
        String number,
        String holderName,
        String holderId,
        String holderIdType,
        LocalDate issueDate,
        LocalDate validFrom,
        LocalDate validUntil,
        Map<String, String> fields,
        String serial,
        String signerName) {

    /**
     * A stable digest of the request, so a repeat under the same idempotency key can be told from a
     * different request. Field order in the input does not matter.
     */
    public String digest() {
        StringBuilder canonical = new StringBuilder();
        append(canonical, typeCode, issuerCode, number, holderName, holderId, holderIdType);
        append(canonical, String.valueOf(issueDate), String.valueOf(validFrom), String.valueOf(validUntil));
        append(canonical, serial, signerName);
        new java.util.TreeMap<>(fields == null ? Map.<String, String>of() : fields)
                .forEach((k, v) -> append(canonical, k, v));
        return Digests.sha256Hex(canonical.toString());
    }

    private static void append(StringBuilder sb, String... parts) {
        for (String p : parts) {
            String s = p == null ? "\u0000" : p;
            sb.append(s.length()).append(':').append(s).append(';');
        }
    }
}
