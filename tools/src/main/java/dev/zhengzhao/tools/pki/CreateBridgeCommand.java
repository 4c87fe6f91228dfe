package dev.zhengzhao.tools.pki;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca create-bridge}: the bridge CA's key ceremony — a root in the bridge's own policy domain. */
@Command(
        name = "create-bridge",
        mixinStandardHelpOptions = true,
        description = "Generate the bridge CA key and self-signed certificate (policy domain BR).")
final class CreateBridgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Option(names = "--alias", defaultValue = "bridge", description = "the key's name (default: bridge)")
    String alias;

    @Option(
            names = "--subject",
            defaultValue = "C=CN,O=GBA Trust Bridge,CN=GBA Bridge CA",
            description = "the bridge's name")
    String subject;

    @Option(names = "--algorithm", defaultValue = "EC_P256", description = "SM2, EC_P256 or ED25519")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the bridge certificate (PEM)")
    Path out;

    @Override
    public Integer call() {
        CreateRootCommand root = new CreateRootCommand();
        root.spec = spec;
        root.ca = ca;
        root.alias = alias;
        root.jurisdiction = "BR";
        root.subject = subject;
        root.algorithm = algorithm;
        root.policies = List.copyOf(dev.zhengzhao.crosscert.pki.Jurisdiction.BRIDGE.policies());
        root.out = out;
        return root.call();
    }
}
