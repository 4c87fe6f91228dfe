package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.consent.HolderRef;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.Actor;
import dev.zhengzhao.core.licence.CreditCode;
import java.util.Arrays;

/**
 * The authenticated caller of one request.
 *
 * @param name the API key's name (recorded in history and audit; never a personal identifier)
 * @param role what the caller may do
 * @param orgCode the issuer's or hall's organisation code; null for the public and holders
 * @param holder the signed-in holder, for role HOLDER only
 */
public record Caller(String name, Role role, String orgCode, HolderRef holder) {
    public static final Caller PUBLIC = new Caller("public", Role.PUBLIC, null, null);

    public Caller(String name, Role role, String orgCode) {
        this(name, role, orgCode, null);
    }

    public static Caller holder(HolderRef holder) {
        return new Caller("holder", Role.HOLDER, null, holder);
    }

    /** The signed-in holder, or UNAUTHENTICATED for anyone else. */
    public HolderRef requireHolder() {
        if (role != Role.HOLDER) {
            throw new ZhengzhaoException(
                    ErrorCode.UNAUTHENTICATED, "sign in as the holder: send Authorization: Bearer <holder token>");
        }
        return holder;
    }

    /** Refuses the request unless the caller has one of {@code roles}. */
    public Caller require(Role... roles) {
        if (Arrays.asList(roles).contains(role)) {
            return this;
        }
        if (role == Role.PUBLIC) {
            throw new ZhengzhaoException(
                    ErrorCode.UNAUTHENTICATED, "this endpoint needs an API key: send Authorization: Bearer <key>");
        }
        throw new ZhengzhaoException(
                ErrorCode.ROLE_NOT_ALLOWED,
                "a " + role + " key may not call this endpoint; it needs " + Arrays.toString(roles));
    }

    /** The actor recorded for changes: an issuer acts only for its own code; the operator for any. */
    public Actor actor() {
        return switch (role) {
            case ISSUER -> Actor.issuer(name, new CreditCode(orgCode));
            case OPERATOR -> Actor.system(name);
            default ->
                throw new ZhengzhaoException(ErrorCode.ROLE_NOT_ALLOWED, "a " + role + " key cannot change licences");
        };
    }
}
