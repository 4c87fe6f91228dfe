package dev.zhengzhao.signer.pdf;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.qr.QrSymbol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a licence on one A4 page: title, holder, number, validity, issuer, type-specific fields
 * and the QR code (drawn as vector modules, so it stays sharp at any print resolution). The QR
 * text also goes into the document information under {@value #QR_INFO_KEY}, so a verifier can read
 * the licence from the PDF without rendering it.
 */
public final class PdfBoxLicenceRenderer {
    public static final String QR_INFO_KEY = "ZZQR";
    private static final float MARGIN = 56;
    private static final float QR_SIDE = 150;
    private static final String SUBTITLE = "电子证照";

    /**
     * The unsigned PDF.
     *
     * @param fieldLabels human labels of the type-specific fields by key (from the licence type); keys
     *     without a label are shown as they are
     */
    public byte[] render(LicenceClaims claims, String qrText, Map<String, String> fieldLabels) {
        return render(claims, qrText, QrSymbol.encode(qrText), fieldLabels);
    }

    /** The unsigned PDF, with a QR symbol already encoded for {@code qrText} (encoding costs ~3 ms). */
    public byte[] render(LicenceClaims claims, String qrText, QrSymbol symbol, Map<String, String> fieldLabels) {
        Map<String, String> rows = rows(claims, fieldLabels);
        String title = orEmpty(claims.typeName());
        String scan = "扫码核验 · Scan to verify";
        String id = "证照标识 " + claims.licenceId();
        String issuer = orEmpty(claims.issuerName());
        String issued = "签发日期 " + orEmpty(claims.issueDate());
        List<String> all = new ArrayList<>(List.of(title, SUBTITLE, scan, id, issuer, issued, "?"));
        all.addAll(rows.keySet());
        all.addAll(rows.values());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            TrueTypeFont subset = CjkFont.subset(all);
            PDType0Font font = PDType0Font.load(document, subset, false);
            Text text = new Text(font, subset);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(1.5f);
                content.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                content.stroke();
                text.centred(content, title, 26, width / 2, height - 110);
                text.centred(content, SUBTITLE, 12, width / 2, height - 135);
                float y = height - 190;
                for (Map.Entry<String, String> row : rows.entrySet()) {
                    y = text.row(content, row.getKey(), row.getValue(), MARGIN + 10, y, width - 2 * MARGIN - 20);
                }
                drawQr(content, symbol, width - MARGIN - QR_SIDE, MARGIN + 40);
                text.left(content, scan, 9, width - MARGIN - QR_SIDE + 10, MARGIN + 28);
                text.left(content, id, 7, MARGIN + 10, MARGIN + 8);
                text.left(content, issuer, 14, MARGIN + 10, MARGIN + 110);
                text.left(content, issued, 11, MARGIN + 10, MARGIN + 88);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title(claims));
            info.setCreator("Zhengzhao signer");
            info.setProducer("Zhengzhao");
            info.setCreationDate(calendar(claims));
            info.setCustomMetadataValue(QR_INFO_KEY, qrText);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the licence PDF", e);
        }
    }

    private static Map<String, String> rows(LicenceClaims claims, Map<String, String> fieldLabels) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("证照编号", orEmpty(claims.number()));
        rows.put("持证主体", orEmpty(claims.holderName()));
        rows.put("主体代码", orEmpty(claims.holderId()));
        rows.put(
                "有效期",
                claims.validFrom() + " 至 "
                        + (claims.validUntil() == null
                                ? "长期"
                                : claims.validUntil().toString()));
        rows.put("颁发机构", orEmpty(claims.issuerName()));
        claims.fields().forEach((key, value) -> rows.put(fieldLabels.getOrDefault(key, key), value));
        return rows;
    }

    /** Draws dark modules as one rectangle per horizontal run: fewer operators, same picture. */
    private static void drawQr(PDPageContentStream content, QrSymbol symbol, float x, float y) throws IOException {
        int side = symbol.size() + 2 * QrSymbol.QUIET_ZONE;
        float module = QR_SIDE / side;
        for (int row = 0; row < symbol.size(); row++) {
            int col = 0;
            while (col < symbol.size()) {
                if (!symbol.dark(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < symbol.size() && symbol.dark(col, row)) {
                    col++;
                }
                content.addRect(
                        x + (start + QrSymbol.QUIET_ZONE) * module,
                        y + QR_SIDE - (row + QrSymbol.QUIET_ZONE + 1) * module,
                        (col - start) * module,
                        module);
            }
        }
        content.fill();
    }

    private static String title(LicenceClaims claims) {
        return orEmpty(claims.typeName()) + " " + orEmpty(claims.number());
    }

    private static Calendar calendar(LicenceClaims claims) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(claims.issuedAt().toEpochMilli());
        return calendar;
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Text drawing with the subset font; characters the font lacks are shown as '?'. */
    private record Text(PDType0Font font, TrueTypeFont ttf) {
        void centred(PDPageContentStream content, String s, float size, float centreX, float y) throws IOException {
            String safe = printable(s);
            left(content, safe, size, centreX - width(safe, size) / 2, y);
        }

        void left(PDPageContentStream content, String s, float size, float x, float y) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(s));
            content.endText();
        }

        /** A label and its value, wrapped to {@code maxWidth}; returns the y of the next row. */
        float row(PDPageContentStream content, String label, String value, float x, float y, float maxWidth)
                throws IOException {
            float size = 13;
            float labelWidth = 90;
            left(content, label, size, x, y);
            for (String line : wrap(printable(value), size, maxWidth - labelWidth)) {
                left(content, line, size, x + labelWidth, y);
                y -= size * 1.6f;
            }
            return y - 6;
        }

        private List<String> wrap(String s, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (width(next, size) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private String printable(String s) throws IOException {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                boolean known = !Character.isISOControl(cp)
                        && ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
                out.appendCodePoint(known ? cp : '?');
                i += Character.charCount(cp);
            }
            return out.toString();
        }
    }
}
