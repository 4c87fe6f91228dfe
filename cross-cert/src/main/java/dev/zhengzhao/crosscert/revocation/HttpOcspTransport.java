package dev.zhengzhao.crosscert.revocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * OCSP over HTTP POST (RFC 6960 appendix A), with a hard deadline so a dead or slow responder
 * cannot stall a validation: the timeout bounds connecting and the whole exchange, body included.
 * Only http and https URLs are asked, redirects are not followed, and an answer larger than an
 * OCSP response has reason to be is refused.
 */
public final class HttpOcspTransport implements OcspTransport {
    /** What the service uses: a verification waits at most this long per certificate asked about. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /** An OCSP response for one certificate is a few kilobytes, even with the responder's chain. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout the deadline of one exchange; must be positive */
    public HttpOcspTransport(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the OCSP timeout must be positive: " + timeout);
        }
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    @Override
    public byte[] post(URI responder, byte[] request) throws IOException {
        String scheme = responder.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IOException("not an http(s) OCSP responder: " + responder);
        }
        HttpRequest http = HttpRequest.newBuilder(responder)
                .timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .header("Accept", "application/ocsp-response")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(http, info -> new Bounded(MAX_RESPONSE_BYTES));
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new IOException("OCSP responder answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            throw new HttpTimeoutException("the OCSP responder did not answer within " + timeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException("the OCSP exchange failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the OCSP responder", e);
        } finally {
            exchange.cancel(true);
        }
    }

    /** Collects the body, and gives up on it once it exceeds the limit. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (body.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("the OCSP response exceeds " + limit + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                body.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }
}
