package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.format.LicenceTypeJson;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.postgres.PostgresLicenceReader;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.testing.Fixtures;
import dev.zhengzhao.core.testing.TestDatabases;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** {@code zz import} against a real PostgreSQL with a real PKCS#12 SM2 key. */
class ImportCommandIT {
    private static final String GZ = Fixtures.GUANGZHOU.value();
    private static final String COMPANY = Fixtures.COMPANY.value();
    private static final String FIELDS = "\"fields\":{\"KZ_JYCS\":\"广州市天河区示例路1号\",\"KZ_ZTYT\":\"餐饮服务经营者\"}";

    @TempDir
    static Path dir;

    private static Path typeFile;
    private static Path keyFile;
    private static Path passwordFile;

    @BeforeAll
    static void files() throws IOException {
        typeFile = dir.resolve("type.json");
        Files.writeString(typeFile, Json.write(LicenceTypeJson.toMap(Fixtures.foodBusinessLicence())));
        char[] password = "import-test".toCharArray();
        keyFile = dir.resolve("gz.p12");
        Files.write(
                keyFile,
                IssuerKeys.generate(
                                SignatureAlgorithm.SM2_SM3,
                                "CN=广州市市场监督管理局,O=GZ,C=CN",
                                Instant.now().minus(Duration.ofDays(1)),
                                Duration.ofDays(365),
                                new SecureRandom())
                        .toPkcs12(password));
        passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, "import-test\n");
    }

    @Test
    void importsGoodLinesAndReportsEachBadLineByNumber() throws IOException, SQLException {
        String url = TestDatabases.freshUrl();
        Path file = ndjson(
                "bad-lines.ndjson",
                line("GZ-001", "2025-03-01"),
                line("GZ-002", "2024-07-15"),
                "{\"number\": \"GZ-003\", \"holderName\": ",
                "",
                line("GZ-004", "2025-01-02").replace("\"KZ_ZTYT\"", "\"KZ_UNKNOWN\""),
                line("GZ-005", "2023-12-31"),
                line("GZ-001", "2025-03-02"),
                line("GZ-006", "2025-02-30"),
                line("GZ-007", "2025-03-01")
                        .replace("\"number\"", "\"issuerCode\":\"" + Fixtures.SHENZHEN + "\",\"number\""),
                line("GZ-008", "2025-03-01").replace(COMPANY, COMPANY + "0"));

        // a batch of 2 puts good and bad lines in different chunks, so line numbers must survive chunking
        CommandRun run = importFile(url, file, "--batch", "2");

        assertEquals(1, run.exit(), run.out() + run.err());
        List<String> errors = run.errLines();
        assertEquals(6, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("line 3: invalid-request: malformed JSON"), errors.get(0));
        assertTrue(errors.get(1).startsWith("line 5: unknown-field: "), errors.get(1));
        assertTrue(errors.get(2).startsWith("line 7: duplicate-licence-number: "), errors.get(2));
        assertTrue(errors.get(3).startsWith("line 8: invalid-validity: \"issueDate\" must be a date"), errors.get(3));
        assertTrue(errors.get(4).startsWith("line 9: unknown-issuer: "), errors.get(4));
        assertTrue(errors.get(5).startsWith("line 10: malformed-holder-id: "), errors.get(5));
        assertTrue(run.out().startsWith("imported 3 of 9 licences; 6 failed (1 already stored)"), run.out());
        assertEquals(3, count(url, "SELECT count(*) FROM licences"));
        assertEquals(3, count(url, "SELECT count(*) FROM licence_events WHERE kind = 'ISSUED'"));

        LicenceRecord stored = new PostgresLicenceReader(dataSource(url))
                .findByNumber(Fixtures.GUANGZHOU, Fixtures.FOOD_TYPE, "GZ-002")
                .orElseThrow();
        assertEquals(LocalDate.of(2024, 7, 15), stored.licence().issueDate());
        assertEquals(LocalDate.of(2029, 7, 14), stored.licence().validUntil());
        assertEquals(LicenceStatus.VALID, stored.licence().status());
        assertEquals("SM2-SM3", stored.signed().algorithm());
        assertTrue(stored.signed().signedRecord().length > 100);
    }

    @Test
    void importingTheSameFileAgainStoresNothingNewAndSaysSo() throws IOException, SQLException {
        String url = TestDatabases.freshUrl();
        Path file = ndjson("twice.ndjson", line("GZ-101", "2025-03-01"), line("GZ-102", "2025-03-01"));

        CommandRun first = importFile(url, file);
        CommandRun second = importFile(url, file);

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("imported 2 of 2 licences; 0 failed"), first.out());
        assertEquals(1, second.exit());
        assertTrue(second.out().startsWith("imported 0 of 2 licences; 2 failed (2 already stored)"), second.out());
        assertEquals(2, count(url, "SELECT count(*) FROM licences"));
    }

    @Test
    void missingPasswordVariableIsOneLineError() throws IOException {
        Path file = ndjson("one.ndjson", line("GZ-201", "2025-03-01"));

        CommandRun run =
                importWith(TestDatabases.freshUrl(), file, "--password-env", "ZZ_TEST_SURELY_UNSET_PASSWORD_VARIABLE");

        assertEquals(2, run.exit());
        assertEquals(
                List.of(
                        "zz: signing-unavailable: environment variable ZZ_TEST_SURELY_UNSET_PASSWORD_VARIABLE is not set"),
                run.errLines());
    }

    @Test
    void wrongPasswordIsOneLineError() throws IOException {
        Path wrong = dir.resolve("wrong-password");
        Files.writeString(wrong, "not-it");
        Path file = ndjson("wrong.ndjson", line("GZ-301", "2025-03-01"));

        CommandRun run = importWith(TestDatabases.freshUrl(), file, "--password-file", wrong.toString());

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("zz: signing-unavailable: "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** Imports with the right password from a file, plus {@code extra} options. */
    private static CommandRun importFile(String url, Path file, String... extra) {
        List<String> options = new ArrayList<>(List.of("--password-file", passwordFile.toString()));
        options.addAll(List.of(extra));
        return importWith(url, file, options.toArray(String[]::new));
    }

    private static CommandRun importWith(String url, Path file, String... options) {
        List<String> args = new ArrayList<>(List.of(
                "import",
                "--db",
                url,
                "--type",
                typeFile.toString(),
                "--issuer-code",
                GZ,
                "--issuer-name",
                "广州市市场监督管理局",
                "--file",
                file.toString(),
                "--key",
                keyFile.toString()));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static String line(String number, String issueDate) {
        return "{\"number\":\"" + number + "\",\"holderName\":\"广州市示例餐饮管理有限公司\",\"holderId\":\"" + COMPANY
                + "\",\"holderIdType\":\"001\",\"issueDate\":\"" + issueDate + "\"," + FIELDS + "}";
    }

    private static Path ndjson(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = dataSource(url).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
