package dev.zhengzhao.core.port;

import dev.zhengzhao.core.verify.Presentation;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.core.verify.VerificationReport;
import java.time.Instant;

/**
 * Offline verification of each signed form a verifier is handed: format, signature, issuer binding,
 * the signer's trust and the licence's validity, at an explicit time. Implemented by the signer
 * module over the trust decision it is given (cross-cert's path validation through the bridge, or
 * pinned signers). Never throws on bad input: every refusal is a report or a reading.
 */
public interface SignedForms {
    /**
     * Decodes a scanned QR text once and verifies it as what its payload type says it is: a licence
     * QR, or a presentation token (亮证码) signed by this repository.
     */
    QrReading readQr(String text, Instant at);

    /** Verifies a sealed licence PDF: its signature and the licence QR embedded in it. */
    VerificationReport verifyPdf(byte[] pdf, Instant at);

    /** Finds and reads the QR in a photo or scan. */
    ImageScan scanImage(byte[] image);

    /** What a QR text turned out to be. */
    sealed interface QrReading {}

    /** A licence QR (or a text that is no QR of ours): its offline report. */
    record LicenceQr(VerificationReport report) implements QrReading {}

    /** A presentation token whose repository signature verified; time, nonce and holder are still to check. */
    record PresentationQr(Presentation presentation) implements QrReading {}

    /** A presentation token that is refused: not signed by this repository, or its signature does not verify. */
    record PresentationRefused(Reason reason, String detail) implements QrReading {}

    /**
     * What reading an image gave: the QR text, or why there is none.
     *
     * @param reason NOT_AN_IMAGE, IMAGE_TOO_LARGE, NO_QR_FOUND or QR_UNREADABLE, when text is null
     */
    record ImageScan(String text, Reason reason, String detail) {
        public static ImageScan found(String text) {
            return new ImageScan(text, null, null);
        }

        public static ImageScan refused(Reason reason, String detail) {
            return new ImageScan(null, reason, detail);
        }
    }
}
