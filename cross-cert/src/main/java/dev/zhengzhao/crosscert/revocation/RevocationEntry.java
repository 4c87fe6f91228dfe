package dev.zhengzhao.crosscert.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * One revoked certificate of a CA this service operates.
 *
 * @param serial the certificate's serial number
 * @param revokedAt when it was revoked
 * @param reason the RFC 5280 CRLReason code (0 unspecified, 1 keyCompromise, 2 cACompromise, 4
 *     superseded, 5 cessationOfOperation…)
 */
public record RevocationEntry(BigInteger serial, Instant revokedAt, int reason) {
    public RevocationEntry {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
