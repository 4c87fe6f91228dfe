package dev.zhengzhao.crosscert.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.zhengzhao.crosscert.TestPki;
import dev.zhengzhao.crosscert.pki.BridgePki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP transport against local servers: a real responder, and ones that stall or flood. */
class HttpOcspTransportTest {
    static final Duration SHORT = Duration.ofMillis(500);
    static final BridgePki.Domain HK = TestPki.PKI.domain("HK");

    final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    /** A raw server: each connection is handed to {@code conversation} on its own thread. */
    URI rawServer(Consumer<Socket> conversation) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(server);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    servers.add(s);
                    Thread.ofVirtual().start(() -> conversation.accept(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void asksARealResponderOverHttp() throws Exception {
        RevocationRegistry hkRegistry = new RevocationRegistry();
        OcspResponder responder = new OcspResponder(HK.issuing(), hkRegistry, Duration.ofHours(1));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] answer = responder.respond(exchange.getRequestBody().readAllBytes(), TestPki.NOW);
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        servers.add(() -> server.stop(0));
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
        X509Certificate signer = RevocationSourcesTest.signerNaming(url);
        RevocationSource source = RevocationSources.forService(
                Set.of(), new RevocationRegistry(), TestPki.PKI.crls(), new HttpOcspTransport(Duration.ofSeconds(5)));

        RevocationStatus good = source.status(signer, HK.issuing().certificate(), TestPki.NOW);
        assertEquals(RevocationStatus.State.GOOD, good.state(), good.detail());
        assertEquals("ocsp", good.source());
        hkRegistry.revoke(new RevocationEntry(signer.getSerialNumber(), TestPki.NOW.minusSeconds(5), 1));
        RevocationStatus revoked = source.status(signer, HK.issuing().certificate(), TestPki.NOW);
        assertEquals(RevocationStatus.State.REVOKED, revoked.state(), revoked.detail());
    }

    @Test
    void givesUpOnAResponderThatNeverAnswers() throws Exception {
        URI silent = rawServer(s -> sleep(Duration.ofSeconds(30)));
        assertGivesUpInTime(silent);
    }

    @Test
    void givesUpOnAnAnswerThatTrickles() throws Exception {
        URI trickling = rawServer(s -> {
            try {
                s.getInputStream().read(new byte[4096]);
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: 1000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 1000; i++) {
                    out.write(0x30);
                    out.flush();
                    sleep(Duration.ofMillis(100));
                }
            } catch (IOException e) {
                // the client hung up
            }
        });
        assertGivesUpInTime(trickling);
    }

    @Test
    void refusesAnAnswerLargerThanAnOcspResponse() throws Exception {
        int size = HttpOcspTransport.MAX_RESPONSE_BYTES + 1;
        URI flooding = rawServer(s -> {
            try {
                s.getInputStream().read(new byte[4096]);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[size]);
                out.flush();
            } catch (IOException e) {
                // the client hung up
            }
        });
        IOException e = assertThrows(
                IOException.class, () -> new HttpOcspTransport(Duration.ofSeconds(5)).post(flooding, new byte[] {1}));
        assertTrue(String.valueOf(e.getMessage()).contains("exceeds"), e.toString());
    }

    @Test
    void refusesHttpErrorsAndUrlsThatAreNotHttp() throws Exception {
        URI notFound = rawServer(s -> {
            try {
                s.getInputStream().read(new byte[4096]);
                s.getOutputStream()
                        .write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the client hung up
            }
        });
        HttpOcspTransport transport = new HttpOcspTransport(SHORT);
        assertThrows(IOException.class, () -> transport.post(notFound, new byte[] {1}));
        for (String url : List.of("file:///etc/passwd", "ldap://ocsp.example/", "ftp://ocsp.example/")) {
            assertThrows(IOException.class, () -> transport.post(URI.create(url), new byte[] {1}), url);
        }
        assertThrows(IllegalArgumentException.class, () -> new HttpOcspTransport(Duration.ZERO));
    }

    static void assertGivesUpInTime(URI responder) {
        long start = System.nanoTime();
        assertThrows(IOException.class, () -> new HttpOcspTransport(SHORT).post(responder, new byte[] {1}));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(SHORT.multipliedBy(4)) < 0, "took " + took);
    }
}
