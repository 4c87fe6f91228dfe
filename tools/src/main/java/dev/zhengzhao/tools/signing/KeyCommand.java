package dev.zhengzhao.tools.signing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zz key}: issuer signing keys. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Issuer signing keys: create, csr, set-cert.")
final class KeyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
