package dev.zhengzhao.tools.pki;

import dev.zhengzhao.crosscert.pki.CaKeys;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca create-issuing}: an issuing CA under a root, its key in the same key store. */
@Command(
        name = "create-issuing",
        mixinStandardHelpOptions = true,
        description = "Generate an issuing CA key and have a root (already in the key store) certify it.")
final class CreateIssuingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Mixin
    ConstraintOptions constraints;

    @Option(names = "--issuer-alias", required = true, description = "the root's key in the key store")
    String issuerAlias;

    @Option(names = "--alias", required = true, description = "the new CA's key name, e.g. gd-issuing")
    String alias;

    @Option(names = "--subject", required = true, description = "the issuing CA's name")
    String subject;

    @Option(names = "--algorithm", defaultValue = "EC_P256", description = "SM2, EC_P256 or ED25519")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the issuing CA certificate (PEM)")
    Path out;

    @Override
    public Integer call() {
        CaKeys keys = ca.keys();
        CertificateAuthority root = CertificateAuthority.existing(keys, issuerAlias, ca.random);
        CertificateAuthority issuing = root.createSubordinate(
                keys,
                alias,
                subject,
                CaOptions.algorithm(algorithm),
                constraints.profile(CaOptions.policiesOf(root.certificate())),
                ca.validity(10 * 365));
        Pem.writeCertificate(out, issuing.certificate());
        spec.commandLine().getOut().println("issuing CA " + alias + " written to " + out);
        return 0;
    }
}
