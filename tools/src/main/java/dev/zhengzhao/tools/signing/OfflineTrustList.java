package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.Providers;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListCheck;
import dev.zhengzhao.crosscert.trustlist.TrustListVerifier;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** A downloaded trust list, accepted only if signed by the expected signer and still fresh. */
final class OfflineTrustList {
    private OfflineTrustList() {}

    static TrustList load(Path list, Path signer, Instant at) {
        if (signer == null) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD,
                    "--trust-list needs --trust-list-signer: the certificate the list must be signed by");
        }
        X509Certificate signerCertificate;
        try {
            // Bouncy Castle's parser: the JDK's cannot read SM2 keys
            signerCertificate = (X509Certificate) CertificateFactory.getInstance("X.509", Providers.bc())
                    .generateCertificate(new ByteArrayInputStream(Output.read(signer)));
        } catch (CertificateException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, signer + " is not an X.509 certificate");
        }
        return switch (new TrustListVerifier(signerCertificate).verify(Output.read(list), at, 0)) {
            case TrustListCheck.Accepted accepted -> accepted.list();
            case TrustListCheck.Refused refused ->
                throw new ZhengzhaoException(
                        ErrorCode.INVALID_REQUEST,
                        "the trust list " + list + " is refused (" + refused.reason() + "): " + refused.detail());
        };
    }
}
