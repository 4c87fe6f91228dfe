package dev.zhengzhao.crosscert.trustlist;

/**
 * The outcome of loading a signed trust list: accepted with its content, or refused with a stable
 * reason — {@code malformed}, {@code bad-signature}, {@code unknown-signer}, {@code stale},
 * {@code not-yet-valid}, {@code older-version}.
 */
public sealed interface TrustListCheck {
    record Accepted(TrustList list) implements TrustListCheck {}

    record Refused(String reason, String detail) implements TrustListCheck {}

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
