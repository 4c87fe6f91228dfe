package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {
    @Test
    void numbersLinesAndDropsBomAndCarriageReturns() throws IOException {
        NdjsonLines lines = reader("\uFEFF{\"a\":1}\r\n\n{\"b\":\"广州\"}", 100);

        assertEquals(new NdjsonLines.Line(1, "{\"a\":1}", null), lines.next());
        assertEquals(new NdjsonLines.Line(2, "", null), lines.next());
        assertEquals(new NdjsonLines.Line(3, "{\"b\":\"广州\"}", null), lines.next());
        assertNull(lines.next());
    }

    @Test
    void reportsAnOverlongLineWithoutStoppingTheNext() throws IOException {
        NdjsonLines lines = reader("x".repeat(50) + "\nok\n", 10);

        assertEquals(new NdjsonLines.Line(1, null, "line is longer than 10 bytes"), lines.next());
        assertEquals(new NdjsonLines.Line(2, "ok", null), lines.next());
        assertNull(lines.next());
    }

    @Test
    void reportsInvalidUtf8OnItsOwnLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
        bytes.write("{}\n".getBytes(StandardCharsets.UTF_8));
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes.toByteArray()), 100);

        assertEquals(new NdjsonLines.Line(1, null, "line is not valid UTF-8"), lines.next());
        assertEquals(new NdjsonLines.Line(2, "{}", null), lines.next());
    }

    private static NdjsonLines reader(String text, int max) {
        return new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }
}
