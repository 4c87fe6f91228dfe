package dev.zhengzhao.verifierapi.access;

/** What a caller may do. */
public enum Role {
    /** An issuing department: issue, amend and change status of its own licences. */
    ISSUER,
    /** A service hall (窗口): verify, read status, read licence data within consent. */
    HALL,
    /** The platform operator: everything, for any issuer. */
    OPERATOR,
    /** A licence holder signed in through the identity provider: their own licences, grants and log. */
    HOLDER,
    /** Anyone without a key: public verification (masked) and the register lookup, rate limited. */
    PUBLIC
}
