package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.postgres.PostgresCatalogue;
import dev.zhengzhao.core.postgres.PostgresLicenceReader;
import dev.zhengzhao.core.postgres.SchemaMigrations;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zz bench repository}: loads N synthetic licences into a dedicated database, then times
 * verification-path lookups by identifier ({@code find}, {@code status}) against a {@code SELECT 1}
 * round trip on the same pool, measured in the same run. The last line of output is a JSON summary.
 */
@Command(
        name = "repository",
        description = "Benchmark the licence repository: batched load, then lookup latency by identifier.",
        footer = {
            "",
            "Writes only into the dedicated --database (created on the server of --db when missing).",
            "Rows already there are kept and topped up to --rows. The last output line is a JSON summary."
        })
final class BenchRepositoryCommand implements Callable<Integer> {
    static final long MAX_ROWS = 100_000_000L;
    static final int MAX_LOOKUPS = 10_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseUrl db;

    @Option(
            names = "--database",
            defaultValue = "zz_bench",
            description = "dedicated database (default ${DEFAULT-VALUE})")
    String database;

    @Option(names = "--reset", description = "drop and re-create the dedicated database first")
    boolean reset;

    @Option(
            names = "--rows",
            defaultValue = "1000000",
            description = "licences in the table (default ${DEFAULT-VALUE})")
    long rows;

    @Option(
            names = "--lookups",
            defaultValue = "100000",
            description = "timed lookups per kind (default ${DEFAULT-VALUE})")
    int lookups;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "client threads and pool size (default ${DEFAULT-VALUE})")
    int threads;

    @Option(
            names = "--max-load-seconds",
            defaultValue = "3600",
            description = "stop loading after this long (default ${DEFAULT-VALUE})")
    long maxLoadSeconds;

    @Option(
            names = "--max-lookup-seconds",
            defaultValue = "300",
            description = "stop timing lookups after this long (default ${DEFAULT-VALUE})")
    long maxLookupSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "random seed for the looked-up identifiers")
    long seed;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (SQLException e) {
            throw new ZhengzhaoException(
                    ErrorCode.STORAGE_UNAVAILABLE,
                    "a benchmark query failed: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    private int run() throws SQLException {
        check(rows >= 1 && rows <= MAX_ROWS, "--rows must be 1-" + MAX_ROWS);
        check(lookups >= 1 && lookups <= MAX_LOOKUPS, "--lookups must be 1-" + MAX_LOOKUPS);
        check(threads >= 1 && threads <= 64, "--threads must be 1-64");
        check(maxLoadSeconds >= 1 && maxLookupSeconds >= 1, "time limits must be at least 1 second");
        check(db.url.startsWith("jdbc:postgresql:"), "--db must be a PostgreSQL JDBC URL");
        PrintWriter out = spec.commandLine().getOut();
        String benchUrl = BenchDatabase.prepare(db.url, database, reset);
        try (RepositoryPool pool = RepositoryPool.open(benchUrl, threads)) {
            SchemaMigrations.migrate(pool.dataSource());
            PostgresCatalogue catalogue = new PostgresCatalogue(pool.dataSource());
            requireBenchmarkOnly(catalogue);
            catalogue.save(SyntheticLicences.issuer());
            catalogue.save(SyntheticLicences.type());
            RepositoryBenchmark bench = new RepositoryBenchmark(pool.dataSource(), threads, out);

            long existing = count(pool, "SELECT count(*) FROM licences");
            out.printf(
                    "database %s: %,d licences present, loading %,d more with %d thread(s)%n",
                    database, existing, Math.max(0, rows - existing), threads);
            out.flush();
            RepositoryBenchmark.Load load =
                    bench.load(existing, Math.max(existing, rows), maxLoadSeconds, Instant.now());
            execute(pool, "ANALYZE licences");
            long present = count(pool, "SELECT count(*) FROM licences");
            check(present > 0, "no licences were loaded");
            long lookupRows = Math.min(rows, present);
            out.printf(
                    "loaded %,d rows (%,d rejected) in %.1f s: %.0f rows/s; timing %,d lookups per kind%n",
                    load.inserted(), load.rejected(), load.seconds(), load.rowsPerSecond(), lookups);
            out.flush();

            PostgresLicenceReader reader = new PostgresLicenceReader(pool.dataSource());
            List<RepositoryBenchmark.Phase> phases = bench.measure(
                    List.of(
                            bench.selectOne(),
                            id -> reader.find(id).isPresent(),
                            id -> reader.status(id).isPresent(),
                            bench.statusWithSeriesBound()),
                    lookupRows,
                    lookups,
                    maxLookupSeconds,
                    seed);
            RepositoryBenchmark.Phase baseline = phases.get(0);
            RepositoryBenchmark.Phase find = phases.get(1);
            RepositoryBenchmark.Phase status = phases.get(2);
            RepositoryBenchmark.Phase statusBound = phases.get(3);

            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("benchmark", "repository");
            summary.put("database", database);
            summary.put("server", serverVersion(pool));
            summary.put("cores", Runtime.getRuntime().availableProcessors());
            summary.put("threads", threads);
            summary.put(
                    "lookupMethod",
                    "interleaved: each identifier is looked up by every kind in turn; opsPerSecond = threads / mean");
            summary.put("rows", present);
            summary.put(
                    "tableBytes",
                    count(
                            pool,
                            "SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits"
                                    + " WHERE inhparent = 'licences'::regclass"));
            summary.put("insert", insertSummary(load));
            summary.put("baselineSelect1", baseline.latencies().summary());
            summary.put("find", phaseSummary(find));
            summary.put("status", phaseSummary(status));
            summary.put("statusSeriesBoundProposal", phaseSummary(statusBound));
            summary.put("ratioToBaseline", ratios(baseline, find, status, statusBound));
            out.println(Json.write(summary));
            out.flush();
            boolean missed = find.misses() + status.misses() > 0;
            if (missed) {
                spec.commandLine()
                        .getErr()
                        .println("zz: some looked-up licences were not found; is --database"
                                + " shared with other data?");
            }
            return missed ? 1 : 0;
        }
    }

    /** Refuses a database whose catalogue knows types or issuers the benchmark did not put there. */
    private void requireBenchmarkOnly(PostgresCatalogue catalogue) {
        boolean foreign = catalogue.allTypes().stream().anyMatch(t -> !t.code().equals(SyntheticLicences.TYPE))
                || catalogue.allIssuers().stream().anyMatch(i -> !i.code().equals(SyntheticLicences.ISSUER));
        if (foreign) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    "database " + database + " holds licence types or issuers the benchmark did not write;"
                            + " name a dedicated --database");
        }
    }

    private static Map<String, Object> insertSummary(RepositoryBenchmark.Load load) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", load.inserted());
        m.put("rejected", load.rejected());
        m.put("seconds", BigDecimal.valueOf(load.seconds()).setScale(1, RoundingMode.HALF_UP));
        m.put("rowsPerSecond", BigDecimal.valueOf(load.rowsPerSecond()).setScale(0, RoundingMode.HALF_UP));
        return m;
    }

    private static Map<String, Object> phaseSummary(RepositoryBenchmark.Phase phase) {
        Map<String, Object> m = phase.latencies().summary();
        m.put("notFound", phase.misses());
        return m;
    }

    private static Map<String, Object> ratios(
            RepositoryBenchmark.Phase baseline,
            RepositoryBenchmark.Phase find,
            RepositoryBenchmark.Phase status,
            RepositoryBenchmark.Phase statusBound) {
        Map<String, Object> m = new LinkedHashMap<>();
        ratio(m, "find", find, baseline);
        ratio(m, "status", status, baseline);
        ratio(m, "statusSeriesBoundProposal", statusBound, baseline);
        return m;
    }

    private static void ratio(
            Map<String, Object> into, String name, RepositoryBenchmark.Phase phase, RepositoryBenchmark.Phase base) {
        for (int p : new int[] {50, 99}) {
            into.put(
                    name + "P" + p,
                    LatencySample.ratio(
                            phase.latencies().percentile(p), base.latencies().percentile(p)));
        }
    }

    private static long count(RepositoryPool pool, String sql) throws SQLException {
        try (Connection c = pool.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(RepositoryPool pool, String sql) throws SQLException {
        try (Connection c = pool.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String serverVersion(RepositoryPool pool) throws SQLException {
        try (Connection c = pool.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, message);
        }
    }
}
