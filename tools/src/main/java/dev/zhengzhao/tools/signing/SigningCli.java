package dev.zhengzhao.tools.signing;

import picocli.CommandLine;

/** Registers the signing subcommands: keys and certificates, issue, render, verify (docs/signing.md). */
public final class SigningCli {
    private SigningCli() {}

    public static void register(CommandLine cl) {
        CommandLine key = new CommandLine(new KeyCommand());
        key.addSubcommand("create", new KeyCreateCommand());
        key.addSubcommand("csr", new KeyCsrCommand());
        key.addSubcommand("set-cert", new KeySetCertCommand());
        cl.addSubcommand("key", key);
        cl.addSubcommand("issue", new IssueCommand());
        cl.addSubcommand("render", new RenderCommand());
        cl.addSubcommand("verify", new VerifyCommand());
    }
}
