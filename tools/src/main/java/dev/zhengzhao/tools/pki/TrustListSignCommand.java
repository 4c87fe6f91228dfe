package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListJson;
import dev.zhengzhao.crosscert.trustlist.TrustListSigner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz trust-list sign}: sign a trust list document (docs/trust.md) as CMS SignedData. */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Check a trust-list JSON document and sign it (CMS SignedData, DER).")
final class TrustListSignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Option(names = "--alias", required = true, description = "the trust-list signing key in the key store")
    String alias;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "the trust list JSON")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the signed list (DER)")
    Path out;

    @Override
    public Integer call() {
        TrustList list;
        try {
            list = TrustListJson.read(Pem.read(in));
        } catch (RuntimeException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, in + " is not a trust list: " + e.getMessage());
        }
        Pem.write(out, new TrustListSigner(ca.keys(), alias).sign(list));
        spec.commandLine()
                .getOut()
                .println("trust list " + list.scope() + " sequence " + list.sequence() + " signed to " + out);
        return 0;
    }
}
