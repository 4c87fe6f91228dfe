package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.verify.CheckResult;

/**
 * Why a path failed, as a stable code. Clients key on {@link #code()}: codes are only ever added,
 * never renamed. Each says whether it is a definite failure or "cannot decide now".
 */
public enum Reason {
    /** No chain of certificates from the signer to a configured anchor could be assembled. */
    NO_PATH("no-path", CheckResult.INDETERMINATE),
    /** Every candidate chain ran in a circle (cross-certificates certifying each other). */
    LOOP("loop", CheckResult.INDETERMINATE),
    /** The search exceeded its candidate budget before finding a path. */
    TOO_MANY_CANDIDATES("too-many-candidates", CheckResult.INDETERMINATE),
    SIGNATURE_INVALID("signature-invalid", CheckResult.FAILED),
    EXPIRED("expired", CheckResult.FAILED),
    NOT_YET_VALID("not-yet-valid", CheckResult.FAILED),
    REVOKED("revoked", CheckResult.FAILED),
    /** No current CRL and no OCSP answer for a certificate of the path. */
    REVOCATION_UNKNOWN("revocation-unknown", CheckResult.INDETERMINATE),
    PATH_LENGTH_EXCEEDED("path-length-exceeded", CheckResult.FAILED),
    NOT_A_CA("not-a-ca", CheckResult.FAILED),
    KEY_USAGE("key-usage", CheckResult.FAILED),
    NAME_CONSTRAINT_VIOLATED("name-constraint-violated", CheckResult.FAILED),
    POLICY_NOT_ACCEPTABLE("policy-not-acceptable", CheckResult.FAILED),
    /** An issuer name does not match the subject of the certificate above it. */
    NAME_CHAINING("name-chaining", CheckResult.FAILED),
    UNSUPPORTED_CRITICAL_EXTENSION("unsupported-critical-extension", CheckResult.FAILED),
    /** The trust list does not let this signer sign this licence type. */
    TYPE_NOT_ALLOWED("licence-type-not-allowed", CheckResult.FAILED),
    /** Any other RFC 5280 failure; the detail says which. */
    PATH_INVALID("path-invalid", CheckResult.FAILED);

    private final String code;
    private final CheckResult result;

    Reason(String code, CheckResult result) {
        this.code = code;
        this.result = result;
    }

    public String code() {
        return code;
    }

    /** FAILED for a definite reason, INDETERMINATE when a later attempt may succeed. */
    public CheckResult result() {
        return result;
    }
}
