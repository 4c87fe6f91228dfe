package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class DbCommandIT {
    @Test
    void migrateAppliesTheSchemaOnceAndThenNothing() {
        String url = TestDatabases.freshUrl();

        CommandRun first = CommandRun.of("db", "migrate", "--db", url);
        CommandRun second = CommandRun.of("db", "migrate", "--db", url);

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().matches("(?s)applied [1-9]\\d* migration\\(s\\); schema is up to date.*"), first.out());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("nothing to apply"), second.out());
    }

    @Test
    void unreachableServerIsOneLineOnStderrWithoutStackTrace() {
        CommandRun run = CommandRun.of(
                "db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=postgres&password=secret");

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("zz: storage-unavailable: cannot connect to "), run.err());
        assertTrue(run.err().contains("password=***") && !run.err().contains("secret"), run.err());
    }

    @Test
    void refusesAUrlThatIsNotPostgresql() {
        CommandRun run = CommandRun.of("db", "migrate", "--db", "jdbc:mysql://localhost/zz");

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("PostgreSQL JDBC URL"), run.err());
    }

    @Test
    void refusesBatchRewritingWhichHidesPerRowResults() {
        CommandRun run = CommandRun.of(
                "db", "migrate", "--db", "jdbc:postgresql://127.0.0.1/zz?user=zz&reWriteBatchedInserts=true");

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("remove reWriteBatchedInserts=true"), run.err());
    }
}
