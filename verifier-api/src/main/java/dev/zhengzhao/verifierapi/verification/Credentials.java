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

    /** Finds a QR in a photo or scan; a report with a failed {@code format} check when there is none. */
    VerificationReport verifyImage(byte[] image, Instant at);

    VerificationReport verifyPdf(byte[] pdf, Instant at);

    byte[] qrPng(String qrText);

    String qrSvg(String qrText);

    /** Renders and seals the licence PDF with the issuer's key. */
    byte[] sealedPdf(LicenceRecord record);
}
