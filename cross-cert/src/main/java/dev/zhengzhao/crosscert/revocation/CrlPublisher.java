package dev.zhengzhao.crosscert.revocation;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes the CRL of a CA this service operates, for the HTTP endpoint named in the certificates'
 * CRL distribution points: bytes out.
 */
public final class CrlPublisher {
    private final CertificateAuthority ca;
    private final RevocationRegistry registry;
    private final Duration lifetime;

    /**
     * @param lifetime how long each CRL is current (nextUpdate − thisUpdate); relying parties treat
     *     the CA's certificates as of unknown status once it passes without a newer CRL
     */
    public CrlPublisher(CertificateAuthority ca, RevocationRegistry registry, Duration lifetime) {
        this.ca = ca;
        this.registry = registry;
        this.lifetime = lifetime;
    }

    /**
     * The DER-encoded CRL as of {@code now}. The CRL number is {@code now} in milliseconds, so it
     * increases across restarts and replicas without shared state.
     */
    public byte[] crl(Instant now) {
        try {
            return ca.crl(registry.entries(), now, now.plus(lifetime), BigInteger.valueOf(now.toEpochMilli()))
                    .getEncoded();
        } catch (CRLException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot encode the CRL", e);
        }
    }
}
