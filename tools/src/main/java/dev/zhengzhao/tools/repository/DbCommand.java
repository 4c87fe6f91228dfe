package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.postgres.SchemaMigrations;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zz db}: database administration. */
@Command(
        name = "db",
        description = "Licence repository database administration.",
        subcommands = DbCommand.Migrate.class)
final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code zz db migrate}: brings the schema up to date; safe to repeat and to run from several nodes at once. */
    @Command(
            name = "migrate",
            description =
                    "Apply the licence repository's schema migrations (idempotent; concurrent runs are serialised).")
    static final class Migrate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseUrl db;

        @Override
        public Integer call() {
            try (RepositoryPool pool = RepositoryPool.open(db.url, 1)) {
                int applied = SchemaMigrations.migrate(pool.dataSource());
                spec.commandLine()
                        .getOut()
                        .println(
                                applied == 0
                                        ? "schema is up to date; nothing to apply"
                                        : "applied " + applied + " migration(s); schema is up to date");
                return 0;
            }
        }
    }
}
