package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zz key set-cert}: puts the certificate a CA issued for the key's CSR into the PKCS#12 file
 * in place of the self-signed one. The kid changes with the certificate.
 */
@Command(
        name = "set-cert",
        mixinStandardHelpOptions = true,
        description = "Replace the certificate in an issuer key file with the one a CA issued for its CSR.")
final class KeySetCertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyFile keyFile;

    @Option(names = "--cert", required = true, paramLabel = "FILE", description = "the issued certificate (PEM or DER)")
    Path certificate;

    @Override
    public Integer call() {
        Pkcs12IssuerKey key = keyFile.read();
        X509Certificate issued;
        try {
            issued = IssuerKeys.certificate(Output.read(certificate));
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, certificate + " is not an X.509 certificate");
        }
        if (!Arrays.equals(
                issued.getPublicKey().getEncoded(),
                key.certificate().getPublicKey().getEncoded())) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, certificate + " certifies a different key than " + keyFile.key);
        }
        Pkcs12IssuerKey updated = key.withCertificate(issued);
        Output.write(keyFile.key, updated.toPkcs12(keyFile.password()));
        spec.commandLine()
                .getOut()
                .println(
                        "certificate set; the key's kid is now " + updated.kid().hex());
        return 0;
    }
}
