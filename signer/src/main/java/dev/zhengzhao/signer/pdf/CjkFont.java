package dev.zhengzhao.signer.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded CJK font (WenQuanYi Micro Hei, Apache-2.0, shipped in this module's resources with
 * its licence and notice; it has Latin glyphs as well as CJK).
 *
 * <p>The 5 MB file is read once per process. Parsed copies are kept in a small pool, at most one per
 * processor: re-parsing per document costs 2.5x (docs/measured.md), a parsed font reads its glyph
 * tables through one stream so two threads cannot use one copy at once, and one copy per request
 * thread would cost 5 MB each. A document only borrows a copy to cut its own small subset.
 */
final class CjkFont {
    private static final String RESOURCE = "wqy-microhei.ttc";
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "OS/2", "post",
            "name");
    private static final String NAME = "WenQuanYiMicroHei";
    private static final byte[] BYTES = load();
    private static final int POOL_SIZE = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final BlockingQueue<TrueTypeFont> IDLE = new ArrayBlockingQueue<>(POOL_SIZE);
    private static final AtomicInteger PARSED = new AtomicInteger();

    private CjkFont() {}

    /**
     * A small font holding only the glyphs for {@code texts} (characters the font lacks are left
     * out). Loading it with PDFBox costs a few hundred glyphs of widths instead of the 30,000 of the
     * full font: PDFBox builds the width table of the whole font before subsetting it itself, two
     * thirds of the render time.
     */
    static TrueTypeFont subset(Collection<String> texts) throws IOException {
        TrueTypeFont full = borrow();
        try {
            TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
            for (String text : texts) {
                text.codePoints().forEach(subsetter::add);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            subsetter.writeToStream(out);
            return new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
        } finally {
            IDLE.offer(full);
        }
    }

    private static TrueTypeFont borrow() {
        TrueTypeFont idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        if (PARSED.incrementAndGet() <= POOL_SIZE) {
            return parse();
        }
        try {
            return IDLE.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the font", e);
        }
    }

    private static byte[] load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the font resource " + RESOURCE + " is missing from the signer jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse() {
        try {
            // The collection stays open: the font reads its glyph tables through it while subsetting.
            TrueTypeFont font = new TrueTypeCollection(new ByteArrayInputStream(BYTES)).getFontByName(NAME);
            if (font == null) {
                throw new IllegalStateException("the font collection has no " + NAME);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the embedded font", e);
        }
    }
}
