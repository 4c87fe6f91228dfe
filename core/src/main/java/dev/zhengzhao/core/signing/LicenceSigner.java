package dev.zhengzhao.core.signing;

/** One issuer's signing capability. Implementations sign exactly the prepared claims. */
public interface LicenceSigner {
    SignedLicence sign(LicenceClaims claims);
}
