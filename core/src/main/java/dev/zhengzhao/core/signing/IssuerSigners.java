package dev.zhengzhao.core.signing;

import dev.zhengzhao.core.licence.CreditCode;

/**
 * Finds the signer for an issuing department. Throws a {@code ZhengzhaoException} with
 * {@code SIGNING_UNAVAILABLE} when the issuer has no usable key.
 */
public interface IssuerSigners {
    LicenceSigner forIssuer(CreditCode issuer);
}
