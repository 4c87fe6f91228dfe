package dev.zhengzhao.tools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhengzhao.tools.Zz;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zz bench http} refuses what it cannot use in one line, before any load. */
class BenchHttpCommandTest {
    @TempDir
    Path dir;

    private static String failure(String... args) {
        StringWriter err = new StringWriter();
        var cl = Zz.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertEquals(1, exit, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        return err.toString().strip();
    }

    @Test
    void saysWhichFileIsMissing() {
        Path missing = dir.resolve("credentials.json");
        assertEquals("zz: no such file: " + missing, failure("bench", "http", "--credentials", missing.toString()));
    }

    @Test
    void saysWhatAFileThatIsNotTheDemoCredentialsLacks() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "baseUrl=http://localhost:8080");
        assertEquals(
                "zz: IllegalArgumentException: " + notJson + " is not a JSON object: ",
                failure("bench", "http", "--credentials", notJson.toString()).replaceAll("object: .*", "object: "));
        Path other = Files.writeString(dir.resolve("b.json"), "{\"baseUrl\": \"http://localhost:8080\"}");
        assertEquals(
                "zz: IllegalArgumentException: " + other + " has no \"hallApiKey\": give the"
                        + " data/demo/credentials.json that `verifier-api --demo` writes",
                failure("bench", "http", "--credentials", other.toString()));
    }

    @Test
    void saysWhichKeyFileIsMissing() throws IOException {
        Path credentials = Files.writeString(
                dir.resolve("credentials.json"),
                "{\"baseUrl\": \"http://localhost:1\", \"hallApiKey\": \"zz_x\", \"issuerCode\": \"X1\","
                        + " \"sampleLicences\": [{\"qr\": \"ZZ1:x\"}]}");
        assertEquals(
                "zz: no such file: " + dir.resolve("keys").resolve("X1.pem"),
                failure("bench", "http", "--credentials", credentials.toString()));
    }
}
