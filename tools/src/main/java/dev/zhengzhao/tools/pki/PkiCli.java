package dev.zhengzhao.tools.pki;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Registers the PKI subcommands: CA ceremonies, cross-certificates, CRLs, verify-path, trust lists (docs/trust.md). */
public final class PkiCli {
    private PkiCli() {}

    public static void register(CommandLine cl) {
        CommandLine ca = new CommandLine(new CaGroup());
        ca.addSubcommand("create-root", new CreateRootCommand());
        ca.addSubcommand("create-bridge", new CreateBridgeCommand());
        ca.addSubcommand("cross-certify", new CrossCertifyCommand());
        ca.addSubcommand("create-issuing", new CreateIssuingCommand());
        ca.addSubcommand("sign-csr", new SignCsrCommand());
        ca.addSubcommand("crl", new CrlCommand());
        cl.addSubcommand("ca", ca);
        CommandLine trustList = new CommandLine(new TrustListGroup());
        trustList.addSubcommand("build", new TrustListBuildCommand());
        trustList.addSubcommand("sign", new TrustListSignCommand());
        trustList.addSubcommand("verify", new TrustListVerifyCommand());
        cl.addSubcommand("trust-list", trustList);
        cl.addSubcommand("verify-path", new VerifyPathCommand());
    }

    @Command(
            name = "ca",
            mixinStandardHelpOptions = true,
            description =
                    "CA ceremonies: roots, the bridge, cross-certificates, issuing CAs, signer certificates, CRLs.")
    static final class CaGroup implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(
            name = "trust-list",
            mixinStandardHelpOptions = true,
            description = "Signed, versioned trust lists for offline verifiers.")
    static final class TrustListGroup implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
