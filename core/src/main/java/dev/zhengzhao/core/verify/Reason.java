package dev.zhengzhao.core.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why a check of a validation report came out as it did: one vocabulary for every check (format,
 * signature, trust and path validation, validity, status, PDF, presentation). Clients key on
 * {@link #code()}, the wire code: codes are only ever added, never renamed (docs/api.md lists them).
 *
 * <p>Each reason also names its ETSI EN 319 102-1 sub-indication where one fits, so a report can be
 * read in the terms of the standard; reasons about the licence itself rather than its signature
 * (suspended, superseded, not in the repository…) have none. The indication follows from the
 * check's result ({@link Indication#of}); {@link #result()} is the result a check gives with this
 * reason when it is not a pass.
 */
public enum Reason {
    OK("ok", CheckResult.PASSED, null),
    NOT_APPLICABLE("not-applicable", CheckResult.SKIPPED, null),

    // the scanned or uploaded form
    BAD_PREFIX("bad-prefix", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    BAD_BASE45("bad-base45", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    BAD_COMPRESSION("bad-compression", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    TOO_LARGE("too-large", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    MALFORMED_COSE("malformed-cose", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    MALFORMED_CLAIMS("malformed-claims", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    UNEXPECTED_TYPE("unexpected-type", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    MALFORMED_LICENCE_ID("malformed-licence-id", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    NOT_AN_IMAGE("not-an-image", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    IMAGE_TOO_LARGE("image-too-large", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    NO_QR_FOUND("no-qr-found", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    QR_UNREADABLE("qr-unreadable", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),

    // the signature
    UNKNOWN_ALGORITHM("unknown-algorithm", CheckResult.FAILED, SubIndication.CRYPTO_CONSTRAINTS_FAILURE),
    ALGORITHM_MISMATCH("algorithm-mismatch", CheckResult.FAILED, SubIndication.SIG_CRYPTO_FAILURE),
    /** No signer certificate at hand has the key identifier (e.g. an outdated trust list). */
    UNKNOWN_KID("unknown-kid", CheckResult.INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND),
    SIGNATURE_MISMATCH("signature-mismatch", CheckResult.FAILED, SubIndication.SIG_CRYPTO_FAILURE),
    /** The signer certificate names another issuer than the licence. */
    ISSUER_MISMATCH("issuer-mismatch", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),

    // trust: pinned signers and trust lists
    NOT_TRUSTED("not-trusted", CheckResult.FAILED, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
    NOT_IN_TRUST_LIST("not-in-trust-list", CheckResult.FAILED, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
    TRUST_LIST_STALE("trust-list-stale", CheckResult.INDETERMINATE, SubIndication.TRY_LATER),
    CERTIFICATE_EXPIRED("certificate-expired", CheckResult.FAILED, SubIndication.EXPIRED),
    CERTIFICATE_NOT_YET_VALID("certificate-not-yet-valid", CheckResult.FAILED, SubIndication.NOT_YET_VALID),
    /** The trust list does not let this signer sign this licence type. */
    TYPE_NOT_ALLOWED("licence-type-not-allowed", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),

    // path validation (RFC 5280) through the bridge
    /** No chain of certificates from the signer to a configured anchor could be assembled. */
    NO_PATH("no-path", CheckResult.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
    /** Every candidate chain ran in a circle (cross-certificates certifying each other). */
    LOOP("loop", CheckResult.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
    /** The search exceeded its candidate budget before finding a path. */
    TOO_MANY_CANDIDATES("too-many-candidates", CheckResult.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND),
    SIGNATURE_INVALID("signature-invalid", CheckResult.FAILED, SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE),
    /** A certificate (of a path) or the licence itself was past its end at the validation time. */
    EXPIRED("expired", CheckResult.FAILED, SubIndication.EXPIRED),
    /** A certificate (of a path) or the licence itself was not yet valid at the validation time. */
    NOT_YET_VALID("not-yet-valid", CheckResult.FAILED, SubIndication.NOT_YET_VALID),
    /** A certificate of the path, or the licence itself (吊销/撤销), was revoked. */
    REVOKED("revoked", CheckResult.FAILED, SubIndication.REVOKED),
    /** No current CRL and no OCSP answer for a certificate of the path. */
    REVOCATION_UNKNOWN("revocation-unknown", CheckResult.INDETERMINATE, SubIndication.TRY_LATER),
    PATH_LENGTH_EXCEEDED("path-length-exceeded", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    NOT_A_CA("not-a-ca", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    KEY_USAGE("key-usage", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    NAME_CONSTRAINT_VIOLATED("name-constraint-violated", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    POLICY_NOT_ACCEPTABLE("policy-not-acceptable", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    /** An issuer name does not match the subject of the certificate above it. */
    NAME_CHAINING("name-chaining", CheckResult.FAILED, SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE),
    UNSUPPORTED_CRITICAL_EXTENSION(
            "unsupported-critical-extension", CheckResult.FAILED, SubIndication.CHAIN_CONSTRAINTS_FAILURE),
    /** Any other RFC 5280 failure; the detail says which. */
    PATH_INVALID("path-invalid", CheckResult.FAILED, SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE),

    // the licence in the repository
    SUSPENDED("suspended", CheckResult.FAILED, null),
    CANCELLED("cancelled", CheckResult.FAILED, null),
    SUPERSEDED("superseded", CheckResult.FAILED, null),
    NOT_IN_REPOSITORY("not-in-repository", CheckResult.FAILED, null),
    /** The repository could not be asked now (database and cache down). */
    STATUS_UNAVAILABLE("status-unavailable", CheckResult.INDETERMINATE, SubIndication.TRY_LATER),

    // the sealed PDF
    MALFORMED_PDF("malformed-pdf", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    NO_SIGNATURE("no-signature", CheckResult.FAILED, SubIndication.SIGNED_DATA_NOT_FOUND),
    BAD_BYTE_RANGE("bad-byte-range", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    MALFORMED_CMS("malformed-cms", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    NO_SIGNER_CERTIFICATE("no-signer-certificate", CheckResult.FAILED, SubIndication.NO_SIGNING_CERTIFICATE_FOUND),
    DIGEST_MISMATCH("digest-mismatch", CheckResult.FAILED, SubIndication.HASH_FAILURE),
    CONTENT_AFTER_SIGNATURE("content-after-signature", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),
    NO_QR("no-qr", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    SIGNER_MISMATCH("signer-mismatch", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),

    // the presentation token (亮证码)
    NOT_A_PRESENTATION("not-a-presentation", CheckResult.FAILED, SubIndication.FORMAT_FAILURE),
    PRESENTATION_SIGNATURE("presentation-signature", CheckResult.FAILED, SubIndication.SIG_CRYPTO_FAILURE),
    PRESENTATION_EXPIRED("presentation-expired", CheckResult.FAILED, SubIndication.EXPIRED),
    PRESENTATION_NOT_YET_VALID("presentation-not-yet-valid", CheckResult.FAILED, SubIndication.NOT_YET_VALID),
    PRESENTATION_HOLDER("presentation-holder", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),
    PRESENTATION_REPLAYED("presentation-replayed", CheckResult.FAILED, SubIndication.SIG_CONSTRAINTS_FAILURE),
    /** A presentation is shown to a hall; the public checks printed licences. */
    PRESENTATION_FOR_HALLS("presentation-for-halls", CheckResult.FAILED, null);

    private static final Map<String, Reason> BY_CODE = new HashMap<>();

    static {
        for (Reason r : values()) {
            if (BY_CODE.put(r.code, r) != null) {
                throw new ExceptionInInitializerError("two reasons share the code " + r.code);
            }
        }
    }

    private final String code;
    private final CheckResult result;
    private final SubIndication subIndication;

    Reason(String code, CheckResult result, SubIndication subIndication) {
        this.code = code;
        this.result = result;
        this.subIndication = subIndication;
    }

    /** The stable wire code. */
    public String code() {
        return code;
    }

    /** FAILED for a definite reason, INDETERMINATE when a later attempt may succeed. */
    public CheckResult result() {
        return result;
    }

    /** The ETSI EN 319 102-1 sub-indication, or null for a reason about the licence, not its signature. */
    public SubIndication subIndication() {
        return subIndication;
    }

    public static Optional<Reason> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
