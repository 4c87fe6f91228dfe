package dev.zhengzhao.signer.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The QR text round trip, and that one thread's reused inflater carries nothing from text to text. */
class QrTextTest {

    private static byte[] payload(int seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        Arrays.fill(bytes, 0, length / 2, (byte) seed); // compressible, as COSE with its repeated labels is
        return bytes;
    }

    private static String zlibText(byte[] raw, byte[] trailing) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        out.writeBytes(trailing);
        return QrText.PREFIX + Base45.encode(out.toByteArray());
    }

    private static String refusal(String text) {
        return assertInstanceOf(QrText.Refused.class, QrText.parse(text))
                .reason()
                .code();
    }

    @Test
    void refusedTextsLeaveNothingBehindForTheNextText() {
        for (int i = 0; i < 50; i++) {
            byte[] cose = payload(i, 100 + i * 7);
            String good = QrText.of(cose);
            String truncated = good.substring(0, good.length() - 6);
            // after each kind of failure the same thread reads a good text whole
            assertEquals("bad-compression", refusal(zlibText(cose, new byte[] {1, 2, 3})));
            assertArrayEquals(
                    cose,
                    assertInstanceOf(QrText.Cose.class, QrText.parse(good)).bytes());
            refusal(truncated);
            assertArrayEquals(
                    cose,
                    assertInstanceOf(QrText.Cose.class, QrText.parse(good)).bytes());
            assertEquals("too-large", refusal(zlibText(new byte[QrText.MAX_COSE_BYTES + 1], new byte[0])));
            assertArrayEquals(
                    cose,
                    assertInstanceOf(QrText.Cose.class, QrText.parse(good)).bytes());
            assertEquals("bad-compression", refusal(QrText.PREFIX + Base45.encode(payload(i, 40))));
            assertArrayEquals(
                    cose,
                    assertInstanceOf(QrText.Cose.class, QrText.parse(good)).bytes());
        }
    }

    @Test
    void virtualThreadsReadTextsWithAnInflaterOfTheirOwn() throws Exception {
        byte[] cose = payload(3, 150);
        String good = QrText.of(cose);
        Object[] seen = new Object[2];
        Thread.ofVirtual()
                .start(() -> {
                    seen[0] = QrText.parse(zlibText(cose, new byte[] {9}));
                    seen[1] = QrText.parse(good);
                })
                .join();
        assertEquals(
                "bad-compression",
                assertInstanceOf(QrText.Refused.class, seen[0]).reason().code());
        assertArrayEquals(cose, assertInstanceOf(QrText.Cose.class, seen[1]).bytes());
    }
}
