package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz key csr}: a PKCS#10 request for a CA to certify an issuer key. */
@Command(
        name = "csr",
        mixinStandardHelpOptions = true,
        description = "Write a PKCS#10 certification request (PEM) for an issuer key.")
final class KeyCsrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyFile keyFile;

    @Option(names = "--subject", description = "the requested subject (default: the key certificate's subject)")
    String subject;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSR file to write (PEM)")
    Path out;

    @Override
    public Integer call() {
        Pkcs12IssuerKey key = keyFile.read();
        String dn = subject != null
                ? subject
                : key.certificate().getSubjectX500Principal().getName();
        try {
            Output.write(out, IssuerKeys.pem(IssuerKeys.csr(key, dn)));
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "bad --subject: " + e.getMessage());
        }
        spec.commandLine().getOut().println("certification request written to " + out);
        return 0;
    }
}
