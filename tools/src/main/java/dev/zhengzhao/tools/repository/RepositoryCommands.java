package dev.zhengzhao.tools.repository;

import picocli.CommandLine;

/**
 * Repository subcommands: {@code db migrate}, {@code import} (bulk backfill of existing licences)
 * and {@code bench repository}. Another area may already have registered a {@code bench} group; the
 * repository benchmark then joins it instead of replacing it.
 */
public final class RepositoryCommands {
    private RepositoryCommands() {}

    public static void register(CommandLine cl) {
        cl.addSubcommand("db", new CommandLine(new DbCommand()));
        cl.addSubcommand("import", new CommandLine(new ImportCommand()));
        CommandLine bench = cl.getSubcommands().get("bench");
        if (bench == null) {
            bench = new CommandLine(new BenchCommand());
            cl.addSubcommand("bench", bench);
        }
        bench.addSubcommand("repository", new CommandLine(new BenchRepositoryCommand()));
    }

    /** {@code zz bench}: a group; each area adds its own benchmark. */
    @CommandLine.Command(name = "bench", description = "Benchmarks measured on this machine.")
    static final class BenchCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
