package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.verify.VerificationReport;
import java.time.Instant;

/**
 * What the service needs from the signer module: offline verification of the three signed forms,
 * and rendering. Verification never throws on bad input: it answers with a report.
 */
public interface Credentials {
    VerificationReport verifyQr(String qrText, Instant at);

    /** Finds and reads the QR in a photo or scan. */
    ImageScan scanImage(byte[] image);

    /**
     * What reading an image gave: the QR text, or why there is none.
     *
     * @param reason not-an-image, image-too-large, no-qr-found or qr-unreadable, when text is null
     */
    record ImageScan(String text, String reason, String detail) {}

    VerificationReport verifyPdf(byte[] pdf, Instant at);

    byte[] qrPng(String qrText);

    String qrSvg(String qrText);

    /** Renders and seals the licence PDF with the issuer's key. */
    byte[] sealedPdf(LicenceRecord record);
}
