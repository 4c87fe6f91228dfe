package dev.zhengzhao.tools;

import picocli.CommandLine;

/** Registers the repository subcommands (demo, import, benchmarks). */
final class RepositoryCli {
    private RepositoryCli() {}

    static void register(CommandLine cl) {}
}
