package dev.zhengzhao.core.consent;

/** Why a hall may use a licence's data. */
public enum GrantKind {
    /** 用证授权: the holder consented, for one hall, service item and case, until a time. */
    CONSENT,
    /** 委托: someone acting for the holder under a delegation the hall has seen; reason mandatory. */
    DELEGATED,
    /** 依职能: authorised staff looking up by their function (e.g. inspection); reason mandatory. */
    BY_FUNCTION
}
