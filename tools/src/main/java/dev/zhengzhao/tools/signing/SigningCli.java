package dev.zhengzhao.tools.signing;

import picocli.CommandLine;

/** Registers the signing subcommands: keys and certificates, issue, render, verify. */
public final class SigningCli {
    private SigningCli() {}

    public static void register(CommandLine cl) {}
}
