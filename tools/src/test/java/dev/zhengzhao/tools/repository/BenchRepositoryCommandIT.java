package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.postgres.PostgresCatalogue;
import dev.zhengzhao.core.postgres.SchemaMigrations;
import dev.zhengzhao.core.testing.Fixtures;
import dev.zhengzhao.core.testing.TestDatabases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code zz bench repository} with a small row count: the summary's shape, never its timings. */
class BenchRepositoryCommandIT {
    @Test
    void loadsRowsThenPrintsAJsonSummaryWithBaselineAndLookupLatencies() {
        String url = TestDatabases.freshUrl();
        String database = BenchDatabase.databaseOf(url);

        CommandRun run = CommandRun.of(
                "bench",
                "repository",
                "--db",
                url,
                "--database",
                database,
                "--rows",
                "300",
                "--lookups",
                "200",
                "--threads",
                "2");

        assertEquals(0, run.exit(), run.out() + run.err());
        Map<String, Object> summary = Json.parseObject(run.lastOutLine());
        assertEquals(new BigDecimal(300), summary.get("rows"));
        assertEquals(new BigDecimal(300), section(summary, "insert").get("rows"));
        assertTrue(section(summary, "insert").containsKey("rowsPerSecond"));
        for (String phase : List.of("baselineSelect1", "find", "status")) {
            Map<String, Object> latencies = section(summary, phase);
            for (String key : List.of("count", "p50Micros", "p90Micros", "p99Micros", "maxMicros", "opsPerSecond")) {
                assertTrue(latencies.containsKey(key), phase + " lacks " + key + ": " + latencies);
            }
            assertEquals(new BigDecimal(200), latencies.get("count"), phase);
        }
        assertEquals(BigDecimal.ZERO, section(summary, "find").get("notFound"));
        assertEquals(BigDecimal.ZERO, section(summary, "status").get("notFound"));
        assertTrue(section(summary, "ratioToBaseline").keySet().containsAll(List.of("findP50", "findP99")));
    }

    @Test
    void aSecondRunKeepsTheRowsAndLoadsNothingMore() {
        String url = TestDatabases.freshUrl();
        String database = BenchDatabase.databaseOf(url);
        String[] args = {"bench", "repository", "--db", url, "--database", database, "--rows", "100", "--lookups", "50"
        };

        assertEquals(0, CommandRun.of(args).exit());
        CommandRun second = CommandRun.of(args);

        assertEquals(0, second.exit(), second.err());
        Map<String, Object> summary = Json.parseObject(second.lastOutLine());
        assertEquals(new BigDecimal(100), summary.get("rows"));
        assertEquals(BigDecimal.ZERO, section(summary, "insert").get("rows"));
    }

    @Test
    void refusesADatabaseThatHoldsOtherLicenceTypes() {
        String url = TestDatabases.freshUrl();
        try (RepositoryPool pool = RepositoryPool.open(url, 1)) {
            SchemaMigrations.migrate(pool.dataSource());
            new PostgresCatalogue(pool.dataSource()).save(Fixtures.shenzhen());
        }

        CommandRun run = CommandRun.of(
                "bench",
                "repository",
                "--db",
                url,
                "--database",
                BenchDatabase.databaseOf(url),
                "--rows",
                "10",
                "--lookups",
                "10");

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("name a dedicated --database"), run.err());
    }

    @Test
    void refusesARowCountBeyondItsBound() {
        CommandRun run =
                CommandRun.of("bench", "repository", "--db", "jdbc:postgresql://127.0.0.1:1/x", "--rows", "1000000000");

        assertEquals(2, run.exit());
        assertEquals(List.of("zz: invalid-request: --rows must be 1-100000000"), run.errLines());
    }

    @SuppressWarnings("unchecked") // JSON objects parse as Map<String,Object>
    private static Map<String, Object> section(Map<String, Object> summary, String key) {
        return (Map<String, Object>) summary.get(key);
    }
}
