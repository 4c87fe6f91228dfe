package dev.zhengzhao.tools.load;

import picocli.CommandLine;

/** Registers {@code zz bench http}, joining the {@code bench} group the repository commands made. */
public final class LoadCli {
    private LoadCli() {}

    public static void register(CommandLine cl) {
        CommandLine bench = cl.getSubcommands().get("bench");
        if (bench != null) {
            bench.addSubcommand("http", new CommandLine(new BenchHttpCommand()));
        } else {
            cl.addSubcommand("bench-http", new CommandLine(new BenchHttpCommand()));
        }
    }
}
