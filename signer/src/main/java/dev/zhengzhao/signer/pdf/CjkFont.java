package dev.zhengzhao.signer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded CJK font (WenQuanYi Micro Hei, Apache-2.0, shipped in this module's resources with
 * its licence and notice; it has Latin glyphs as well as CJK). The file is read once per process and parsed once per thread: re-parsing the 5 MB
 * font for every document costs 2.5x (docs/measured.md), and a parsed font reads its tables
 * through one stream, so it cannot be shared between threads.
 */
final class CjkFont {
    private static final String RESOURCE = "wqy-microhei.ttc";
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "OS/2", "post",
            "name");
    private static final String NAME = "WenQuanYiMicroHei";
    private static final byte[] BYTES = load();
    private static final ThreadLocal<TrueTypeFont> PARSED = ThreadLocal.withInitial(CjkFont::parse);

    private CjkFont() {}

    /**
     * A small font holding only the glyphs for {@code texts}. Loading it with PDFBox costs a few
     * hundred glyphs of widths instead of the 30,000 of the full font (PDFBox builds the width
     * table of the whole font before subsetting: two thirds of the render time).
     */
    static TrueTypeFont subset(TrueTypeFont full, Collection<String> texts) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
        for (String text : texts) {
            text.codePoints().forEach(subsetter::add);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(out);
        return new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
    }

    static TrueTypeFont forThisThread() {
        return PARSED.get();
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
            TrueTypeFont font = new TrueTypeCollection(new java.io.ByteArrayInputStream(BYTES)).getFontByName(NAME);
            if (font == null) {
                throw new IllegalStateException("the font collection has no " + NAME);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the embedded font", e);
        }
    }
}
