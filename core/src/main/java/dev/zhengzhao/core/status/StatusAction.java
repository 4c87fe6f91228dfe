package dev.zhengzhao.core.status;

/** What an issuer (or the repository, for SUPERSEDE) does to a licence's status. */
public enum StatusAction {
    SUSPEND(LicenceStatus.SUSPENDED),
    RESUME(LicenceStatus.VALID),
    REVOKE(LicenceStatus.REVOKED),
    CANCEL(LicenceStatus.CANCELLED),
    /** Done by amendment only: the new version supersedes this one. */
    SUPERSEDE(LicenceStatus.SUPERSEDED);

    private final LicenceStatus target;

    StatusAction(LicenceStatus target) {
        this.target = target;
    }

    public LicenceStatus target() {
        return target;
    }
}
