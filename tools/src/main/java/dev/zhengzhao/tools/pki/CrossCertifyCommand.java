package dev.zhengzhao.tools.pki;

import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca cross-certify}: one half of a cross-certificate pair. */
@Command(
        name = "cross-certify",
        mixinStandardHelpOptions = true,
        description = "Certify another CA's key and name (a root or the bridge), with policy mappings and constraints."
                + " Run twice, once from each side, for the pair.")
final class CrossCertifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Mixin
    ConstraintOptions constraints;

    @Option(names = "--issuer-alias", required = true, description = "the certifying CA's key in the key store")
    String issuerAlias;

    @Option(names = "--subject-cert", required = true, paramLabel = "FILE", description = "the other CA's certificate")
    Path subjectCert;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the cross-certificate (PEM)")
    Path out;

    @Override
    public Integer call() {
        CertificateAuthority issuer = CertificateAuthority.existing(ca.keys(), issuerAlias, ca.random);
        Pem.writeCertificate(
                out,
                issuer.crossCertify(
                        Pem.certificate(subjectCert),
                        constraints.profile(CaOptions.policiesOf(issuer.certificate())),
                        ca.validity(10 * 365)));
        spec.commandLine().getOut().println("cross-certificate written to " + out);
        return 0;
    }
}
