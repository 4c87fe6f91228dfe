package dev.zhengzhao.verifierapi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.licence.CreditCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web pages in a real browser: headless Chromium (the system package, driven by playwright-core
 * from {@code src/test/browser}) against the running service with the demo data. The hall scans a
 * licence QR from a fake camera (a Y4M video made here from the service's QR picture), the holder
 * shows a refreshing presentation QR, the whole consent flow runs through both pages, the public
 * checks a pasted QR. Chromium and Node.js are
 * required: without them the test fails, it never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {
    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path SCRIPTS = MODULE.resolve("src/test/browser");
    private static final Path ARTIFACTS = MODULE.resolve("target/browser-artifacts");
    private static final String CHROMIUM = System.getenv().getOrDefault("ZZ_CHROMIUM", "/usr/bin/chromium");
    private static final long SCRIPT_TIMEOUT_SECONDS = 240;

    private static Path demoDir;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws IOException {
        demoDir = dev.zhengzhao.verifierapi.DemoService.register(registry);
    }

    @Autowired
    Environment environment;

    @BeforeAll
    static void browserAndNodeAreInstalled() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            fail(
                    "Chromium is not installed at " + CHROMIUM
                            + ": the browser tests need it (apt-get install -y chromium; or set ZZ_CHROMIUM). See docs/web.md.");
        }
        Run node = run(List.of("node", "--version"), Map.of(), 30);
        if (node.exit() != 0 || !node.output().startsWith("v")) {
            fail("Node.js is not installed (node on PATH): the browser tests need Node.js 20 or newer"
                    + " with npm. See docs/web.md. " + node.output());
        }
        int major = Integer.parseInt(node.output().substring(1).split("\\.")[0]);
        if (major < 20) {
            fail("Node.js " + node.output().strip() + " is too old: playwright-core needs 20 or newer"
                    + " (Debian 12's nodejs is 18; use NodeSource's nodejs 20). See docs/web.md.");
        }
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            Run install = run(
                    List.of("npm", "ci", "--no-audit", "--no-fund"),
                    Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
                    300);
            System.out.println(install.output());
            assertEquals(0, install.exit(), "npm ci in " + SCRIPTS + " failed:\n" + install.output());
        }
        Files.createDirectories(ARTIFACTS);
    }

    @Test
    void hallScansTheLicenceQrWithTheCamera() throws Exception {
        Map<String, String> env = settings();
        Map<String, Object> valid = sample(false);
        Map<String, Object> revoked = sample(true);
        env.put("ZZ_VALID_ID", (String) valid.get("id"));
        env.put("ZZ_REVOKED_QR", (String) revoked.get("qr"));
        env.put("ZZ_VALID_Y4M", cameraVideo((String) valid.get("id"), "valid").toString());
        env.put(
                "ZZ_REVOKED_Y4M",
                cameraVideo((String) revoked.get("id"), "revoked").toString());
        script("hall-scan.test.mjs", env);
    }

    @Test
    void holderShowsAPresentationQrThatCountsDownAndRefreshes() throws Exception {
        script("holder.test.mjs", settings());
    }

    @Test
    void holderGrantsShowsTheQrAndTheHallReceivesTheFieldsUntilTheGrantIsWithdrawn() throws Exception {
        Map<String, String> env = settings();
        env.put("ZZ_HALL_CODE", hallCode());
        script("consent-flow.test.mjs", env);
    }

    @Test
    void publicCheckOfPastedTextIsMasked() throws Exception {
        Map<String, String> env = settings();
        env.put("ZZ_VALID_QR", (String) sample(false).get("qr"));
        env.put("ZZ_VALID_HOLDER_NAME", "广州市示例餐饮管理有限公司");
        script("public-verify.test.mjs", env);
    }

    // ---------------------------------------------------------------------------------------

    private String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    private static Map<String, Object> credentials() {
        try {
            return Json.parseObject(Files.readString(demoDir.resolve("credentials.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first demo sample licence that is (or is not) revoked: id, qr. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sample(boolean revoked) {
        return ((List<Map<String, Object>>) credentials().get("sampleLicences"))
                .stream()
                        .filter(l -> Boolean.TRUE.equals(l.get("revoked")) == revoked)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                "the demo has no " + (revoked ? "revoked" : "valid") + " sample licence"));
    }

    /** The demo hall's organisation code: from credentials.json when it says, else the seeder's. */
    private static String hallCode() {
        Object code = credentials().get("hallCode");
        return code != null
                ? (String) code
                : CreditCode.withCheck("11440106MB2C55559").value();
    }

    private Map<String, String> settings() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZZ_BASE_URL", baseUrl());
        env.put("ZZ_HALL_KEY", (String) credentials().get("hallApiKey"));
        env.put("ZZ_ARTIFACTS", ARTIFACTS.toString());
        env.put("ZZ_CHROMIUM", CHROMIUM);
        return env;
    }

    /** The service's QR picture of the licence, as a Y4M video for Chromium's fake camera. */
    private Path cameraVideo(String licenceId, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/licences/" + licenceId + "/qr.png"))
                .header("Authorization", "Bearer " + credentials().get("operatorApiKey"))
                .GET()
                .build();
        HttpResponse<byte[]> png;
        try (HttpClient http = HttpClient.newHttpClient()) {
            png = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(200, png.statusCode(), "the QR picture of " + licenceId);
        return Y4mVideo.write(png.body(), ARTIFACTS.resolve(name + "-qr.y4m"));
    }

    /** Runs one browser test script and requires exit code 0; its output is printed either way. */
    private static void script(String name, Map<String, String> env) throws Exception {
        Run result = run(List.of("node", name), env, SCRIPT_TIMEOUT_SECONDS);
        System.out.println("---- " + name + " ----\n" + result.output());
        assertEquals(0, result.exit(), name + " failed:\n" + result.output());
        assertTrue(result.output().contains("passed"), result.output());
    }

    private record Run(int exit, String output) {}

    private static Run run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Run(-1, command.getFirst() + " could not be started: " + e.getMessage());
        }
        process.getOutputStream().close();
        // read concurrently so a chatty script cannot block on a full pipe
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append("(output unreadable: ").append(e.getMessage()).append(')');
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(5_000);
            return new Run(-2, "timed out after " + timeoutSeconds + " s\n" + output);
        }
        reader.join(10_000);
        return new Run(process.exitValue(), output.toString());
    }
}
