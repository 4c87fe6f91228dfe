package dev.zhengzhao.signer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.TestLicences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBoxLicenceRendererTest {
    private static LicenceClaims withHolder(String name) {
        LicenceClaims c = TestLicences.typical();
        return new LicenceClaims(
                c.licenceId(),
                c.typeCode(),
                c.typeName(),
                c.number(),
                c.issuerCode(),
                c.issuerName(),
                name,
                c.holderId(),
                c.holderIdType(),
                c.issueDate(),
                c.validFrom(),
                c.validUntil(),
                c.issuedAt(),
                c.fields(),
                c.qrFields());
    }

    @Test
    void charactersTheFontLacksAreDrawnAsQuestionMarks() throws IOException {
        byte[] pdf = new PdfBoxLicenceRenderer().render(withHolder("张\uD840\uDC00丰😀"), "ZZ1:TEST", java.util.Map.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("张?丰?"), text);
            assertTrue(text.contains("食品从业人员健康证明"), text);
            assertEquals("ZZ1:TEST", document.getDocumentInformation().getCustomMetadataValue("ZZQR"));
        }
    }

    @Test
    void rendersConcurrentlyWithTheSharedFontPool() throws Exception {
        PdfBoxLicenceRenderer renderer = new PdfBoxLicenceRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String name = "持证人" + i;
                pdfs.add(pool.submit(() -> renderer.render(withHolder(name), "ZZ1:TEST", java.util.Map.of())));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
                    assertTrue(new PDFTextStripper().getText(document).contains("持证人" + i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
