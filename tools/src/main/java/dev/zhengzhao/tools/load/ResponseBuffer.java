package dev.zhengzhao.tools.load;

import java.io.IOException;
import java.util.Arrays;

/** The bytes of the answer being received, growing as needed, and whether they are whole yet. */
final class ResponseBuffer {
    private byte[] bytes = new byte[16 * 1024];
    private int size;

    /** Forgets the last answer: the next request's answer starts at the beginning. */
    void clear() {
        size = 0;
    }

    /** The array to read into, with room at {@link #size()} (grown when full). */
    byte[] array() {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        return bytes;
    }

    int size() {
        return size;
    }

    int free() {
        return array().length - size;
    }

    /**
     * Takes {@code n} more bytes read at {@link #size()}; the answer once it is whole, else null.
     *
     * @throws IOException when the connection ended first ({@code n < 0}) or the bytes are not HTTP
     */
    ResponseFraming.Response added(int n) throws IOException {
        if (n < 0) {
            throw new IOException("connection closed mid-response");
        }
        size += n;
        return ResponseFraming.parse(bytes, size);
    }
}
