package dev.zhengzhao.core.issue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import java.util.Objects;

/**
 * Who asks for a change: an issuing department (acting only for its own code) or a trusted
 * system (operator, sync job) that may act for any issuer.
 *
 * @param name recorded in the history: an API key name, an operator id, a system name
 * @param issuer the department the actor belongs to; null for a system actor
 */
public record Actor(String name, CreditCode issuer) {
    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor issuer(String name, CreditCode issuer) {
        return new Actor(name, Objects.requireNonNull(issuer));
    }

    public static Actor system(String name) {
        return new Actor(name, null);
    }

    /** Refuses an issuer acting for another issuer's licences. */
    public void requireMayActFor(CreditCode licenceIssuer) {
        if (issuer != null && !issuer.equals(licenceIssuer)) {
            throw new ZhengzhaoException(
                    ErrorCode.ISSUER_NOT_ALLOWED,
                    "issuer " + issuer + " may act only for its own licences, not for issuer " + licenceIssuer);
        }
    }
}
