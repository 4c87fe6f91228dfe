/**
 * Cross-certification: the Guangdong–Hong Kong–Macau trust bridge. Sub-packages: {@code pki} (CA
 * ceremonies, key store, test PKI builder), {@code path} (path building and RFC 5280 validation,
 * {@link dev.zhengzhao.crosscert.path.BridgeSignerTrust}), {@code revocation} (CRL, OCSP client and
 * responder) and {@code trustlist} (signed, versioned trust lists for offline verifiers).
 */
package dev.zhengzhao.crosscert;
