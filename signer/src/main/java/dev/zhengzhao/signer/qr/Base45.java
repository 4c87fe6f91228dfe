package dev.zhengzhao.signer.qr;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Base45 (RFC 9285): two bytes become three characters of the QR alphanumeric set, so the text
 * fits QR alphanumeric mode (5.5 bits per character) instead of byte mode (8 bits).
 */
public final class Base45 {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {}

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 1) / 2 * 3);
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int n = (data[i] & 0xff) * 256 + (data[i + 1] & 0xff);
            out.append(ALPHABET.charAt(n % 45))
                    .append(ALPHABET.charAt(n / 45 % 45))
                    .append(ALPHABET.charAt(n / 2025));
        }
        if (i < data.length) {
            int n = data[i] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    /** The decoded bytes, or empty for a character outside the alphabet, a bad length or an overflowing group. */
    public static Optional<byte[]> decode(CharSequence text) {
        if (text.length() % 3 == 1) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
        for (int i = 0; i < text.length(); i += 3) {
            int c = value(text.charAt(i));
            int d = value(text.charAt(i + 1));
            if (c < 0 || d < 0) {
                return Optional.empty();
            }
            if (i + 2 < text.length()) {
                int e = value(text.charAt(i + 2));
                if (e < 0) {
                    return Optional.empty();
                }
                int n = c + d * 45 + e * 2025;
                if (n > 0xffff) {
                    return Optional.empty();
                }
                out.write(n >> 8);
                out.write(n & 0xff);
            } else {
                int n = c + d * 45;
                if (n > 0xff) {
                    return Optional.empty();
                }
                out.write(n);
            }
        }
        return Optional.of(out.toByteArray());
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }
}
