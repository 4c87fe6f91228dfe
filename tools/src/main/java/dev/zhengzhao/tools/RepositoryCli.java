package dev.zhengzhao.tools;

import dev.zhengzhao.tools.repository.RepositoryCommands;
import picocli.CommandLine;

/** Registers the repository subcommands (import, benchmarks). */
final class RepositoryCli {
    private RepositoryCli() {}

    static void register(CommandLine cl) {
        RepositoryCommands.register(cl);
    }
}
