package dev.zhengzhao.crosscert.revocation;

import java.time.Instant;
import java.util.Objects;

/**
 * A revocation answer, as a value.
 *
 * @param state good, revoked or unknown (no current CRL, responder unreachable…)
 * @param revokedAt when revoked, or null
 * @param source where the answer came from ({@code crl}, {@code ocsp}, or {@code none})
 * @param thisUpdate the start of the period the answer speaks for, or null
 * @param nextUpdate when the answer goes stale, or null (never, or unknown)
 * @param detail a human sentence
 */
public record RevocationStatus(
        State state, Instant revokedAt, String source, Instant thisUpdate, Instant nextUpdate, String detail) {

    public enum State {
        GOOD,
        REVOKED,
        UNKNOWN
    }

    public RevocationStatus {
        Objects.requireNonNull(state, "state");
    }

    public static RevocationStatus unknown(String source, String detail) {
        return new RevocationStatus(State.UNKNOWN, null, source, null, null, detail);
    }
}
