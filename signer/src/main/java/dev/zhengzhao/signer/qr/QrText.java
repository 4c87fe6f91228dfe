package dev.zhengzhao.signer.qr;

import dev.zhengzhao.core.verify.Reason;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The QR text: {@code "ZZ1:" + Base45(zlib(COSE_Sign1))}. "ZZ" names the family, "1" the version
 * of this layout; the payload type claim inside says what is signed (licence QR, presentation).
 */
public final class QrText {
    public static final String PREFIX = "ZZ1:";
    /** Decompressed COSE larger than this is refused: a licence QR is a few hundred bytes. */
    public static final int MAX_COSE_BYTES = 4096;
    /** Longer texts cannot come from a QR code (version 40 holds 4,296 alphanumeric characters). */
    public static final int MAX_TEXT_LENGTH = 4296;

    /*
     * One inflater per thread, reset for each text. A new Inflater per text registers with the JDK's
     * shared Cleaner, whose list takes one lock: under load, request threads queued on it behind a
     * descheduled holder for up to 200 ms (JFR; docs/benchmarks.md, "fourth round").
     */
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);

    private QrText() {}

    public static String of(byte[] cose) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(cose);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(cose.length + 16);
            byte[] buffer = new byte[512];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return PREFIX + Base45.encode(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** The outcome of reading a QR text back to COSE bytes. */
    public sealed interface Parsed {}

    public record Cose(byte[] bytes) implements Parsed {}

    /** @param reason bad-prefix, bad-base45, bad-compression or too-large */
    public record Refused(Reason reason, String detail) implements Parsed {}

    public static Parsed parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return new Refused(Reason.BAD_PREFIX, "the text does not start with " + PREFIX);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return new Refused(Reason.TOO_LARGE, "the text is longer than any QR code can hold");
        }
        byte[] compressed = Base45.decode(text.substring(PREFIX.length())).orElse(null);
        if (compressed == null) {
            return new Refused(Reason.BAD_BASE45, "the text after the prefix is not Base45");
        }
        // a virtual thread lives for one task: its own inflater would never be reused or ended
        boolean pooled = !Thread.currentThread().isVirtual();
        Inflater inflater = pooled ? INFLATER.get() : new Inflater();
        inflater.reset();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[MAX_COSE_BYTES + 1];
            int n = 0;
            while (!inflater.finished() && n < out.length) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return new Refused(Reason.BAD_COMPRESSION, "the payload is not complete zlib data");
                }
                n += got;
            }
            if (n > MAX_COSE_BYTES) {
                return new Refused(
                        Reason.TOO_LARGE, "the payload decompresses to more than " + MAX_COSE_BYTES + " bytes");
            }
            if (inflater.getRemaining() > 0) {
                return new Refused(Reason.BAD_COMPRESSION, "data follows the zlib stream");
            }
            return new Cose(java.util.Arrays.copyOf(out, n));
        } catch (DataFormatException e) {
            return new Refused(Reason.BAD_COMPRESSION, "the payload is not zlib data");
        } finally {
            if (pooled) {
                // drop the reference to this text's bytes until the thread's next text
                inflater.reset();
            } else {
                inflater.end();
            }
        }
    }
}
