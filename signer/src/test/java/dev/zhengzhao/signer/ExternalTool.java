package dev.zhengzhao.signer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external checker (pdfsig, pdftoppm, zbarimg, softhsm2-util…). A missing tool fails the
 * test with the package to install: these checks are the point of the test, never skipped.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** The result of a run: exit code, standard output and standard error. */
    public record Run(int exit, String output, String errors) {
        /** Both streams, for assertion messages. */
        public String all() {
            return output + errors;
        }
    }

    public static Run run(Map<String, String> environment, String... command) {
        requireOnPath(command[0]);
        try {
            Path errors = Files.createTempFile("zz-tool", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectError(errors.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command[0] + " did not finish in 60 s");
                }
                return new Run(
                        process.exitValue(),
                        new String(output, StandardCharsets.UTF_8),
                        Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            return fail("cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    public static Run run(String... command) {
        return run(Map.of(), command);
    }

    public static void requireOnPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        fail(tool + " is not installed; install it with: apt-get install -y "
                + switch (tool) {
                    case "pdfsig", "pdftoppm" -> "poppler-utils";
                    case "zbarimg" -> "zbar-tools";
                    case "softhsm2-util" -> "softhsm2";
                    case "pkcs11-tool" -> "opensc";
                    default -> tool;
                });
    }
}
