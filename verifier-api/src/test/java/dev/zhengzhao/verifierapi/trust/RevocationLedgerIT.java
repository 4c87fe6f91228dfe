package dev.zhengzhao.verifierapi.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.postgres.SchemaMigrations;
import dev.zhengzhao.core.testing.TestDatabases;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A revocation by the operator outlives the process: the next start loads it back. */
class RevocationLedgerIT {
    @Test
    void revocationsSurviveARestart() {
        DataSource db = TestDatabases.fresh();
        SchemaMigrations.migrate(db);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RevocationLedger first = new RevocationLedger(db, new RevocationRegistry());
        first.revoke("bridge", new RevocationEntry(new BigInteger("7f3a", 16), at, 5), "operator");
        first.revoke("bridge", new RevocationEntry(new BigInteger("7f3a", 16), at.plusSeconds(5), 1), "operator");

        RevocationLedger restarted = new RevocationLedger(db, new RevocationRegistry());
        RevocationEntry entry =
                restarted.registry().entry(new BigInteger("7f3a", 16)).orElseThrow();
        assertEquals(at, entry.revokedAt(), "the first revocation of a serial stands");
        assertEquals(5, entry.reason());
        assertTrue(restarted.registry().entry(BigInteger.TEN).isEmpty());
    }
}
