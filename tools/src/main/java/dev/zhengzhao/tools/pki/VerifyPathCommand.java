package dev.zhengzhao.tools.pki;

import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.path.PathResultJson;
import dev.zhengzhao.crosscert.path.Revocation;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz verify-path}: the operator's "why is this certificate not trusted?" tool. */
@Command(
        name = "verify-path",
        mixinStandardHelpOptions = true,
        description = "Build and validate a signer certificate's path to the anchors (RFC 5280, at a given time) and"
                + " print the result as JSON: path, jurisdiction, policies, every failure with its reason code."
                + " Exit 0 when trusted, 3 when not.")
final class VerifyPathCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--leaf", required = true, paramLabel = "FILE", description = "the signer certificate")
    Path leaf;

    @Option(
            names = "--anchor",
            required = true,
            paramLabel = "[JURISDICTION=]FILE",
            description =
                    "a trust anchor certificate, optionally with its jurisdiction, e.g. GD=gd-root.pem (repeatable)")
    List<String> anchors;

    @Option(
            names = "--intermediate",
            paramLabel = "FILE",
            description = "intermediate and cross-certificates (repeatable)")
    List<Path> intermediates = List.of();

    @Option(names = "--crl", arity = "1..*", paramLabel = "FILE", description = "CRLs (repeatable)")
    List<Path> crls = List.of();

    @Option(
            names = "--policy",
            paramLabel = "OID",
            description = "acceptable policies in the anchor's domain (default: any)")
    List<String> policies = List.of();

    @Option(names = "--skip-revocation", description = "do not check revocation (the answer says so)")
    boolean skipRevocation;

    @Option(names = "--at", paramLabel = "INSTANT", description = "validation time (default: now)")
    Instant at;

    @Override
    public Integer call() {
        List<Anchor> trusted = new ArrayList<>();
        for (String a : anchors) {
            int eq = a.indexOf('=');
            String jurisdiction = eq > 0 ? a.substring(0, eq) : "UNSPECIFIED";
            Path file = Path.of(eq > 0 ? a.substring(eq + 1) : a);
            trusted.add(new Anchor(Pem.certificate(file), jurisdiction, Set.copyOf(policies)));
        }
        List<X509Certificate> pool = new ArrayList<>();
        intermediates.forEach(p -> pool.addAll(Pem.certificates(p)));
        List<X509CRL> revocationData = new ArrayList<>();
        crls.forEach(p -> revocationData.addAll(Pem.crls(p)));
        Revocation revocation = skipRevocation ? Revocation.off() : Revocation.crls(revocationData);
        PathResult result = new BridgeSignerTrust(trusted, pool, revocation, BuildLimits.DEFAULT)
                .validate(Pem.certificate(leaf), at != null ? at : Instant.now());
        spec.commandLine().getOut().println(PathResultJson.write(result));
        return result.isValid() ? 0 : 3;
    }
}
