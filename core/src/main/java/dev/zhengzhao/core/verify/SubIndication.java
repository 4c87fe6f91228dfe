package dev.zhengzhao.core.verify;

/**
 * The sub-indications of ETSI EN 319 102-1 (§5.1.3) that this service's reasons map onto. A
 * TOTAL_FAILED or INDETERMINATE indication is qualified by one of these.
 */
public enum SubIndication {
    FORMAT_FAILURE,
    HASH_FAILURE,
    SIG_CRYPTO_FAILURE,
    REVOKED,
    SIG_CONSTRAINTS_FAILURE,
    CHAIN_CONSTRAINTS_FAILURE,
    CERTIFICATE_CHAIN_GENERAL_FAILURE,
    CRYPTO_CONSTRAINTS_FAILURE,
    EXPIRED,
    NOT_YET_VALID,
    NO_SIGNING_CERTIFICATE_FOUND,
    NO_CERTIFICATE_CHAIN_FOUND,
    /** Revoked, and no proof that the signature existed before the revocation. */
    REVOKED_NO_POE,
    /** The signer certificate was out of its validity at the validation time, with no proof of earlier existence. */
    OUT_OF_BOUNDS_NO_POE,
    /** The answer may change: revocation or status information cannot be had now. */
    TRY_LATER,
    SIGNED_DATA_NOT_FOUND
}
