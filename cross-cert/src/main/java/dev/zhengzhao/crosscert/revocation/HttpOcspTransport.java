package dev.zhengzhao.crosscert.revocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** OCSP over HTTP POST (RFC 6960 appendix A), with a hard timeout so a dead responder cannot stall a validation. */
public final class HttpOcspTransport implements OcspTransport {
    private final HttpClient client;
    private final Duration timeout;

    public HttpOcspTransport(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    @Override
    public byte[] post(URI responder, byte[] request) throws IOException {
        HttpRequest http = HttpRequest.newBuilder(responder)
                .timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("OCSP responder answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the OCSP responder", e);
        }
    }
}
