package dev.zhengzhao.tools.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where one HTTP/1.1 response ends in the bytes received so far: the status line, the headers, and
 * a body framed by Content-Length or chunked encoding (no trailers). Shared by both clients of the
 * load generator.
 */
final class ResponseFraming {
    private ResponseFraming() {}

    /** A whole response: its status, its length in bytes, and whether the server closes after it. */
    record Response(int status, int length, boolean close) {}

    /** The status of a whole answer, after closing the connection if the server said it would. */
    static int finish(Response response, Runnable close) {
        if (response.close()) {
            close.run();
        }
        return response.status();
    }

    /** The response at the start of {@code buf[0, size)}, or null when more bytes are needed. */
    static Response parse(byte[] buf, int size) throws IOException {
        int headEnd = indexOf(buf, 0, size, "\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/1.") || head.length() < 12) {
            throw new IOException("not an HTTP/1.x response");
        }
        int status = Integer.parseInt(head.substring(9, 12));
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        int bodyStart = headEnd + 4;
        if (!chunked) {
            long end = bodyStart + contentLength;
            return end <= size ? new Response(status, (int) end, close) : null;
        }
        int at = bodyStart;
        while (true) {
            int lineEnd = indexOf(buf, at, size, "\r\n");
            if (lineEnd < 0) {
                return null;
            }
            String sizeField = new String(buf, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeField.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? sizeField : sizeField.substring(0, semicolon)).strip(), 16);
            int next = lineEnd + 2 + chunk + 2;
            if (next > size) {
                return null;
            }
            if (chunk == 0) {
                return new Response(status, next, close);
            }
            at = next;
        }
    }

    private static int indexOf(byte[] buf, int from, int size, String ascii) {
        byte first = (byte) ascii.charAt(0);
        outer:
        for (int i = from; i <= size - ascii.length(); i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < ascii.length(); j++) {
                if (buf[i + j] != (byte) ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
