package dev.zhengzhao.crosscert.pki;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A certificate's validity period: from {@code notBefore} to {@code notAfter}, both inclusive. */
public record Validity(Instant notBefore, Instant notAfter) {
    public Validity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter is before notBefore");
        }
    }

    public static Validity of(Instant from, Duration length) {
        return new Validity(from, from.plus(length));
    }

    public boolean contains(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }
}
