package dev.zhengzhao.tools;

import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.tools.load.LoadCli;
import dev.zhengzhao.tools.pki.PkiCli;
import dev.zhengzhao.tools.signing.SigningCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zz}: the operator's and issuer's command-line tool. Each area registers its own
 * subcommands (signing: keys, issue, render, verify; pki: CA ceremonies, verify-path, trust lists;
 * repository: demo, import, benchmarks).
 */
@Command(
        name = "zz",
        mixinStandardHelpOptions = true,
        version = "zz 0.1.0",
        description =
                "Zhengzhao electronic licence tool: keys, CA ceremonies, issuance, offline verification, import, benchmarks.")
public final class Zz implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Zz());
        SigningCli.register(cl);
        PkiCli.register(cl);
        RepositoryCli.register(cl);
        LoadCli.register(cl);
        cl.setExecutionExceptionHandler(Zz::oneLineError);
        return cl;
    }

    public static void main(String[] args) {
        dev.zhengzhao.signer.key.Randomness.installPerThreadDrbg();
        System.exit(commandLine().execute(args));
    }

    /** Any failure is one line on stderr and a non-zero exit; a stack trace only with ZZ_DEBUG=1. */
    private static int oneLineError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String message =
                switch (e) {
                    case ZhengzhaoException z -> z.code().slug() + ": " + z.getMessage();
                    case java.nio.file.NoSuchFileException f -> "no such file: " + f.getFile();
                    case java.nio.file.AccessDeniedException f -> "permission denied: " + f.getFile();
                    case java.net.ConnectException c ->
                        "cannot connect"
                                + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")")
                                + ": is the service running, and at that address?";
                    default -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                };
        cl.getErr().println("zz: " + message);
        if ("1".equals(System.getenv("ZZ_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return e instanceof ZhengzhaoException ? 2 : 1;
    }
}
