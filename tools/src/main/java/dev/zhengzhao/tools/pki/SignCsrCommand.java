package dev.zhengzhao.tools.pki;

import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca sign-csr}: a department's licence-signer certificate from its PKCS#10 request. */
@Command(
        name = "sign-csr",
        mixinStandardHelpOptions = true,
        description = "Issue a licence-signer certificate (digitalSignature, nonRepudiation) for a PKCS#10 request.")
final class SignCsrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Option(names = "--issuer-alias", required = true, description = "the issuing CA's key in the key store")
    String issuerAlias;

    @Option(names = "--csr", required = true, paramLabel = "FILE", description = "the request (PEM or DER)")
    Path csr;

    @Option(
            names = "--policy",
            paramLabel = "OID",
            description = "certificate policies of the signer (default: the issuing CA's)")
    List<String> policies = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the signer certificate (PEM)")
    Path out;

    @Override
    public Integer call() {
        CertificateAuthority issuer = CertificateAuthority.existing(ca.keys(), issuerAlias, ca.random);
        byte[] request = Pem.der(csr, "CERTIFICATE REQUEST");
        Set<String> asserted = policies.isEmpty() ? CaOptions.policiesOf(issuer.certificate()) : Set.copyOf(policies);
        Pem.writeCertificate(out, issuer.certifyCsr(request, asserted, ca.validity(3 * 365)));
        spec.commandLine().getOut().println("signer certificate written to " + out);
        return 0;
    }
}
