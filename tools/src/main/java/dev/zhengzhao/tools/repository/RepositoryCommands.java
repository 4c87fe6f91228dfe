package dev.zhengzhao.tools.repository;

import picocli.CommandLine;

/** Repository subcommands: bulk import and the repository benchmark. */
public final class RepositoryCommands {
    private RepositoryCommands() {}

    public static void register(CommandLine cl) {}
}
