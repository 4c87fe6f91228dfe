package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CaProfile;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca create-root}: the root-key ceremony of a jurisdiction. */
@Command(
        name = "create-root",
        mixinStandardHelpOptions = true,
        description = "Generate a root CA key in the key store and self-sign its certificate.")
final class CreateRootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Option(names = "--alias", required = true, description = "the key's name in the key store, e.g. gd-root")
    String alias;

    @Option(names = "--jurisdiction", required = true, description = "GD, HK, MO, or another code")
    String jurisdiction;

    @Option(names = "--subject", description = "the root's name (default: derived from the jurisdiction)")
    String subject;

    @Option(names = "--algorithm", description = "SM2, EC_P256 or ED25519 (default: the jurisdiction's)")
    String algorithm;

    @Option(names = "--policy", paramLabel = "OID", description = "certificate policies (default: the jurisdiction's)")
    List<String> policies;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the root certificate (PEM)")
    Path out;

    @Override
    public Integer call() {
        Jurisdiction j = Jurisdiction.known(jurisdiction).orElse(null);
        if (j == null && (subject == null || policies == null)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    "jurisdiction " + jurisdiction + " is not built in: give --subject and --policy");
        }
        String name = subject != null
                ? subject
                : j.nameSubtree() + ",O=" + j.displayName() + " Root CA,CN=" + j.code() + " Root CA";
        KeyAlgorithm alg =
                algorithm != null ? CaOptions.algorithm(algorithm) : j != null ? j.algorithm() : KeyAlgorithm.EC_P256;
        Set<String> asserted = policies != null ? Set.copyOf(policies) : j.policies();
        CertificateAuthority root = CertificateAuthority.createRoot(
                ca.keys(), alias, name, alg, CaProfile.of(asserted), ca.validity(20 * 365), ca.random);
        Pem.writeCertificate(out, root.certificate());
        spec.commandLine().getOut().println("root " + alias + " (" + alg + ") written to " + out);
        return 0;
    }
}
