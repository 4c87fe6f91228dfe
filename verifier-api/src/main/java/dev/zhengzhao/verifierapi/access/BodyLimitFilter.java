package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Explicit body limits per kind of body: JSON requests, NDJSON bulk requests and PDF uploads
 * (multipart uploads are limited by the servlet container's multipart settings). A declared
 * Content-Length over the limit is refused before anything is read; a chunked body is cut off
 * when it passes the limit. Either way the answer is {@code 413 payload-too-large}.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {
    /** The most bytes one NDJSON line may take on average; bounds a bulk body with its line limit. */
    private static final long BYTES_PER_BULK_LINE = 4096;

    private final LimitsProperties limits;
    private final HandlerExceptionResolver errors;

    public BodyLimitFilter(LimitsProperties limits, HandlerExceptionResolver errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getContentType());
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            errors.resolveException(request, response, null, tooLarge(limit));
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (ServletException | UncheckedIOException e) {
            if (causedByLimit(e)) {
                if (!response.isCommitted()) {
                    response.reset();
                    errors.resolveException(request, response, null, tooLarge(limit));
                }
                return;
            }
            throw e;
        }
    }

    private long limitFor(String contentType) {
        if (contentType == null) {
            return limits.maxJsonBytes();
        }
        if (contentType.startsWith("application/json")) {
            return limits.maxJsonBytes();
        }
        if (contentType.startsWith("application/x-ndjson")) {
            return limits.maxBulkItems() * BYTES_PER_BULK_LINE;
        }
        if (contentType.startsWith("application/pdf")) {
            return limits.maxUploadBytes();
        }
        return -1;
    }

    /** Whether {@code e} or one of its causes is a body cut off at its limit. */
    public static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static ZhengzhaoException tooLarge(long limit) {
        return new ZhengzhaoException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + limit + " bytes, the limit for its type");
    }

    /** Thrown by the counting stream when a chunked body passes its limit. */
    public static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over its limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
