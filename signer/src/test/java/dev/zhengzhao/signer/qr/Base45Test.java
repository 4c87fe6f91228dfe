package dev.zhengzhao.signer.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base45Test {
    @Test
    void encodesTheRfc9285Examples() {
        assertEquals("BB8", Base45.encode("AB".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("%69 VD92EX0", Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("UJCLQE7W581", Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(
                "ietf!".getBytes(StandardCharsets.US_ASCII),
                Base45.decode("QED8WEX0").orElseThrow());
    }

    @Test
    void rejectsWhatRfc9285SaysToReject() {
        assertTrue(Base45.decode("GGW").isEmpty(), "65535 < GGW = 65536+");
        assertTrue(Base45.decode("ZZZ").isEmpty(), "a group above 65535");
        assertTrue(Base45.decode("A").isEmpty(), "a dangling single character");
        assertTrue(Base45.decode("ab").isEmpty(), "lower case is not in the alphabet");
        assertTrue(Base45.decode(":Z").isEmpty(), "a final pair above 255");
    }

    @Test
    void roundTripsRandomBytes() {
        Random random = new Random(45);
        for (int n = 0; n < 300; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            assertArrayEquals(data, Base45.decode(Base45.encode(data)).orElseThrow());
        }
    }
}
