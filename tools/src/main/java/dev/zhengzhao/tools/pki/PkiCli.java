package dev.zhengzhao.tools.pki;

import picocli.CommandLine;

/** Registers the PKI subcommands: CA ceremonies, cross-certificates, CRLs, verify-path, trust lists. */
public final class PkiCli {
    private PkiCli() {}

    public static void register(CommandLine cl) {}
}
