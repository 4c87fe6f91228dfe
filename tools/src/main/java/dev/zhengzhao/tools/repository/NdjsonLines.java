package dev.zhengzhao.tools.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads newline-delimited JSON one line at a time with bounded memory: a line longer than the
 * limit is skipped up to its end and reported, and each line is decoded as UTF-8 on its own, so
 * one bad line never stops the file. Line numbers start at 1; a trailing CR and a leading BOM are
 * dropped.
 */
final class NdjsonLines {
    /** One line: its text, or why it cannot be read. */
    record Line(long number, String text, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[1024];
    private long number;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (length == maxBytes) {
                tooLong = true;
                continue;
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1 && length == 0 && !tooLong) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "line is longer than " + maxBytes + " bytes");
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        int start = number == 1 && startsWithBom(length) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, start, length - start))
                    .toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line is not valid UTF-8");
        }
    }

    private boolean startsWithBom(int length) {
        return length >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF;
    }
}
