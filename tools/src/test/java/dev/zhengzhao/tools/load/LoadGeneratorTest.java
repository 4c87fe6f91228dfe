package dev.zhengzhao.tools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's parts against a small local HTTP server and a scripted sender. */
class LoadGeneratorTest {
    private HttpServer server;
    private final AtomicInteger posts = new AtomicInteger();
    private final List<String> authorizations = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> {
            posts.incrementAndGet();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"outcome\":\"VALID\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("x".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
            }
        });
        server.createContext("/silent", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(3_000); // never answers within the test's timeout
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private KeepAliveClient client(String path) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new KeepAliveClient(base, path, "Bearer k", "{\"qr\":\"ZZ1:X\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepAliveClientReadsFixedAndChunkedAnswersOnOneConnection() {
        try (KeepAliveClient fixed = client("/fixed");
                KeepAliveClient chunked = client("/chunked");
                KeepAliveClient missing = client("/missing")) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, fixed.send());
                assertEquals(200, chunked.send());
                assertEquals(404, missing.send());
            }
        }
        assertEquals(3, posts.get());
        assertEquals(List.of("Bearer k", "Bearer k", "Bearer k"), authorizations);
    }

    @Test
    void keepAliveClientAnswersMinusOneWhenNothingListens() throws IOException {
        int port;
        try (var probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (KeepAliveClient client =
                new KeepAliveClient(URI.create("http://127.0.0.1:" + port), "/", "Bearer k", new byte[0])) {
            assertEquals(-1, client.send());
        }
    }

    @Test
    void selectorClosedLoopKeepsEveryConnectionBusyAndCountsFailures() throws IOException {
        InetSocketAddress address = new InetSocketAddress(
                InetAddress.getLoopbackAddress(), server.getAddress().getPort());
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (SelectorClosedLoop fixed =
                        new SelectorClosedLoop(address, KeepAliveClient.request(base, "/fixed", "Bearer s", body), 3);
                SelectorClosedLoop chunked = new SelectorClosedLoop(
                        address, KeepAliveClient.request(base, "/chunked", "Bearer s", body), 2);
                SelectorClosedLoop missing = new SelectorClosedLoop(
                        address, KeepAliveClient.request(base, "/missing", "Bearer s", body), 2)) {
            ClosedLoop.Result ok = fixed.run(TimeUnit.MILLISECONDS.toNanos(300));
            assertEquals(posts.get(), ok.requests());
            assertTrue(ok.requests() >= 30, () -> ok + "");
            assertEquals(0, ok.errors());
            ClosedLoop.Result again = fixed.run(TimeUnit.MILLISECONDS.toNanos(100));
            assertEquals(posts.get(), ok.requests() + again.requests(), "the connections are kept and reused");

            ClosedLoop.Result big = chunked.run(TimeUnit.MILLISECONDS.toNanos(200));
            assertTrue(big.requests() > 0 && big.errors() == 0, () -> big + "");
            ClosedLoop.Result notFound = missing.run(TimeUnit.MILLISECONDS.toNanos(200));
            assertTrue(notFound.requests() > 0, () -> notFound + "");
            assertEquals(notFound.requests(), notFound.errors());
        }
        assertEquals(List.of("Bearer s"), authorizations.stream().distinct().toList());
    }

    @Test
    void selectorClosedLoopEndsWhenTheServiceStopsAnswering() throws IOException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        InetSocketAddress address = new InetSocketAddress(
                InetAddress.getLoopbackAddress(), server.getAddress().getPort());
        try (SelectorClosedLoop loop = new SelectorClosedLoop(
                address,
                KeepAliveClient.request(base, "/silent", "Bearer s", new byte[0]),
                2,
                TimeUnit.MILLISECONDS.toNanos(300))) {
            long t0 = System.nanoTime();
            ClosedLoop.Result result = loop.run(TimeUnit.MILLISECONDS.toNanos(100));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "the run ended on the timeout");
            assertEquals(0, result.requests());
            assertEquals(2, result.errors());
        }
    }

    @Test
    void selectorClosedLoopCountsAnAbsentServiceAsErrorsWithoutSpinning() throws IOException {
        int port;
        try (var probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        InetSocketAddress nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try (SelectorClosedLoop loop = new SelectorClosedLoop(nowhere, new byte[] {'x'}, 2)) {
            ClosedLoop.Result result = loop.run(TimeUnit.MILLISECONDS.toNanos(200));
            assertEquals(result.requests(), result.errors());
            assertTrue(result.errors() >= 2 && result.errors() <= 2 * 25, () -> result + "");
        }
    }

    @Test
    void framingFindsTheEndOfFixedAndChunkedAnswersAndWaitsForMore() throws IOException {
        byte[] fixed = "HTTP/1.1 200 \r\nContent-Length: 5\r\nConnection: close\r\n\r\nhelloEXTRA"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                new ResponseFraming.Response(200, fixed.length - 5, true), ResponseFraming.parse(fixed, fixed.length));
        assertEquals(null, ResponseFraming.parse(fixed, fixed.length - 6));
        byte[] chunked = "HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                new ResponseFraming.Response(404, chunked.length, false),
                ResponseFraming.parse(chunked, chunked.length));
        for (int cut = 0; cut < chunked.length; cut++) {
            assertEquals(null, ResponseFraming.parse(chunked, cut), "cut at " + cut);
        }
        byte[] junk = "SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IOException.class, () -> ResponseFraming.parse(junk, junk.length));
    }

    @Test
    void openLoopKeepsItsRateAndChargesAStallToTheRequestsBehindIt() throws InterruptedException {
        // one connection at 200/s for 1 s; the 20th request stalls for 100 ms, so about 20 requests
        // scheduled during the stall start late, and their latency counts from their scheduled time
        AtomicInteger calls = new AtomicInteger();
        Sender stallsOnce = () -> {
            if (calls.incrementAndGet() == 20) {
                sleep(100);
            }
            return 200;
        };
        OpenLoop.Result result = OpenLoop.run(List.of(stallsOnce), 200, TimeUnit.SECONDS.toNanos(1));

        assertEquals(calls.get(), result.latencies().count());
        assertTrue(calls.get() >= 195 && calls.get() <= 200, () -> calls + " requests");
        assertEquals(0, result.errors());
        assertTrue(
                result.latencies().millis(0.99) >= 60.0,
                () -> "p99 " + result.latencies().millis(0.99));
        assertTrue(
                result.latencies().millis(0.50) < 50.0,
                () -> "p50 " + result.latencies().millis(0.50));
    }

    @Test
    void openLoopSpreadsTheRateOverItsConnections() throws InterruptedException {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        OpenLoop.Result result = OpenLoop.run(
                List.<Sender>of(() -> a.incrementAndGet() > 0 ? 200 : 0, () -> b.incrementAndGet() > 0 ? 503 : 0),
                400,
                TimeUnit.MILLISECONDS.toNanos(500));
        assertTrue(a.get() >= 98 && a.get() <= 100, () -> a + " on the first connection");
        assertTrue(b.get() >= 98 && b.get() <= 100, () -> b + " on the second connection");
        assertEquals(b.get(), result.errors());
        assertThrows(IllegalArgumentException.class, () -> OpenLoop.run(List.of(), 10, 1));
    }

    @Test
    void medianRoundIsTheMiddleRatio() {
        List<BenchHttpCommand.Round> rounds =
                List.of(round(1000, 300), round(1000, 500), round(1000, 400), round(2000, 100), round(1000, 450));
        assertEquals(0.4, BenchHttpCommand.Round.median(rounds).ratio());
        assertEquals(
                0.3,
                BenchHttpCommand.Round.median(List.of(round(10, 3), round(10, 5)))
                        .ratio());
    }

    private static BenchHttpCommand.Round round(double inProcess, double http) {
        return new BenchHttpCommand.Round(inProcess, new ClosedLoop.Result(0, 0, http, 0, 0), 0.1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
