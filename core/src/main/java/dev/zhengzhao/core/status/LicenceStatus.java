package dev.zhengzhao.core.status;

/**
 * The stored status of one licence version. {@link #EXPIRED} is never stored: it is derived from
 * the validity period at a given time (see {@link StatusLifecycle#effective}).
 */
public enum LicenceStatus {
    /** 有效. */
    VALID,
    /** 暂扣: temporarily not valid; may be resumed. */
    SUSPENDED,
    /** 吊销/撤销: withdrawn by the authority. Final. */
    REVOKED,
    /** 注销: cancelled, e.g. at the holder's request or when the holder ceased to exist. Final. */
    CANCELLED,
    /** A newer version of the licence exists. Final. */
    SUPERSEDED,
    /** 失效: past its validity period. Derived, never stored. */
    EXPIRED;

    public boolean isFinal() {
        return this == REVOKED || this == CANCELLED || this == SUPERSEDED;
    }
}
