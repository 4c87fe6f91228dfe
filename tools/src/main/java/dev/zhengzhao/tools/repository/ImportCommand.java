package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.format.LicenceTypeJson;
import dev.zhengzhao.core.issue.Actor;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.LicencePreparation;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.postgres.PostgresCatalogue;
import dev.zhengzhao.core.postgres.PostgresLicenceWriter;
import dev.zhengzhao.core.postgres.SchemaMigrations;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.signer.sign.KeyedIssuerSigners;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zz import}: backfills one department's existing licences (存量) from NDJSON. Every line is
 * checked, signed with the department's PKCS#12 key and stored exactly as an online issuance would
 * be; the type and issuer are registered first when the repository does not know them yet.
 */
@Command(
        name = "import",
        description = "Bulk-import (backfill) licences from NDJSON, one issue request per line.",
        footer = {
            "",
            "Each line is a JSON object: typeCode, issuerCode, number, holderName, holderId, holderIdType,",
            "issueDate, validFrom, validUntil (yyyy-MM-dd), fields{}, serial, signerName.",
            "Failed lines are listed on stderr as 'line N: <code>: <reason>'. Exit 0 when every line",
            "was imported, 1 when some failed (the others are stored), 2 when the import could not run."
        })
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseUrl db;

    @Option(names = "--type", required = true, paramLabel = "<type.json>", description = "the licence type definition")
    Path typeFile;

    @Option(names = "--issuer-code", required = true, description = "the issuing department's credit code")
    String issuerCode;

    @Option(names = "--issuer-name", required = true, description = "the issuing department's name (ZZBFJG)")
    String issuerName;

    @Option(
            names = "--jurisdiction",
            defaultValue = "GD",
            description = "GD, HK or MO: the root the issuer's certificates chain to (default ${DEFAULT-VALUE})")
    String jurisdiction;

    @Option(names = "--file", required = true, paramLabel = "<licences.ndjson>", description = "the licences")
    Path file;

    @Option(
            names = "--batch",
            defaultValue = "500",
            description = "lines signed and stored together, 1-10000 (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--key", required = true, paramLabel = "<issuer.p12>", description = "the issuer's PKCS#12 key")
    Path key;

    @CommandLine.ArgGroup(multiplicity = "1")
    Password password;

    @Option(
            names = "--actor",
            defaultValue = "zz-import",
            description = "the name recorded in each licence's history (default ${DEFAULT-VALUE})")
    String actorName;

    /** Where the key's password comes from; never the command line itself. */
    static final class Password {
        @Option(names = "--password-env", paramLabel = "<VAR>", description = "environment variable holding it")
        String env;

        @Option(names = "--password-file", paramLabel = "<file>", description = "file holding it (first line)")
        Path file;

        char[] read() {
            if (env != null) {
                String value = System.getenv(env);
                if (value == null) {
                    throw new ZhengzhaoException(
                            ErrorCode.SIGNING_UNAVAILABLE, "environment variable " + env + " is not set");
                }
                return value.toCharArray();
            }
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("")
                        .toCharArray();
            } catch (IOException e) {
                throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read password file " + file);
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (batch < 1 || batch > 10_000) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "--batch must be 1-10000, got " + batch);
        }
        Issuer issuer = new Issuer(new CreditCode(issuerCode), issuerName, jurisdiction);
        LicenceType type = readType();
        if (!type.mayBeIssuedBy(issuer.code())) {
            throw new ZhengzhaoException(
                    ErrorCode.ISSUER_NOT_ALLOWED,
                    "the type file does not list issuer " + issuerCode + " among the issuers of " + type.code());
        }
        IssuerSigners signers = signers(issuer.code());
        PrintWriter out = spec.commandLine().getOut();
        try (RepositoryPool pool = RepositoryPool.open(db.url, 2);
                InputStream in = new BufferedInputStream(open(file), 1 << 16)) {
            SchemaMigrations.migrate(pool.dataSource());
            PostgresCatalogue catalogue = new PostgresCatalogue(pool.dataSource());
            register(catalogue, issuer, type);
            ImportCatalogue lookups = new ImportCatalogue(type, issuer, catalogue, catalogue);
            Clock clock = Clock.systemUTC();
            IssueLicence issue = new IssueLicence(
                    new LicencePreparation(lookups, lookups, clock),
                    signers,
                    new PostgresLicenceWriter(pool.dataSource()),
                    clock,
                    new SecureRandom());
            long started = System.nanoTime();
            BulkImport.Summary s = new BulkImport(
                            issue,
                            new IssueRequestJson(type.code().value(), issuerCode),
                            Actor.issuer(actorName, issuer.code()),
                            batch,
                            spec.commandLine().getErr())
                    .run(in);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "imported %d of %d licences; %d failed (%d already stored) in %.1f s, %.0f lines/s%n",
                    s.imported(), s.lines(), s.failed(), s.duplicates(), seconds, s.lines() / Math.max(seconds, 1e-3));
            out.flush();
            return s.failed() == 0 ? 0 : 1;
        }
    }

    private LicenceType readType() {
        try {
            return LicenceTypeJson.fromMap(Json.parseObject(Files.readString(typeFile, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, "cannot read type file " + typeFile);
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_LICENCE_TYPE, typeFile + ": " + e.getMessage());
        }
    }

    private IssuerSigners signers(CreditCode issuer) {
        char[] secret = password.read();
        try {
            return KeyedIssuerSigners.fromPkcs12(Map.of(issuer, key), secret);
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot read key file " + key);
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, key + ": " + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Registers the type and issuer when new; refuses to silently redefine ones the repository already has. */
    private static void register(PostgresCatalogue catalogue, Issuer issuer, LicenceType type) {
        Optional<Issuer> known = catalogue.find(issuer.code());
        if (known.isEmpty()) {
            catalogue.save(issuer);
        } else if (!known.get().equals(issuer)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    "issuer " + issuer.code() + " is registered as '"
                            + known.get().name() + "' (" + known.get().jurisdiction()
                            + "); pass that name and jurisdiction");
        }
        Optional<LicenceType> knownType = catalogue.find(type.code());
        if (knownType.isEmpty()) {
            catalogue.save(type);
        } else if (!knownType.get().equals(type)) {
            throw new ZhengzhaoException(
                    ErrorCode.DUPLICATE_LICENCE_TYPE,
                    "licence type " + type.code() + " is already in the catalogue with another definition;"
                            + " import with the catalogue's definition");
        }
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "no such file: " + file);
        }
    }
}
