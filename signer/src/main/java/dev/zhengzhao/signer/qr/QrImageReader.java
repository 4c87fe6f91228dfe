package dev.zhengzhao.signer.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.zhengzhao.core.verify.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Finds and decodes a QR code in a PNG or JPEG photo or scan ("verify from a photo"). */
public final class QrImageReader {
    /** Images larger than this many pixels are refused rather than decoded slowly. */
    public static final long MAX_PIXELS = 40_000_000L;

    private QrImageReader() {}

    /** The outcome of reading an image. */
    public sealed interface Scan {}

    public record Found(String text) implements Scan {}

    /** @param reason not-an-image, image-too-large, no-qr-found or qr-unreadable */
    public record NotFound(Reason reason, String detail) implements Scan {}

    public static Scan read(byte[] imageBytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(imageBytes));
        } catch (IOException | RuntimeException e) {
            return new NotFound(Reason.NOT_AN_IMAGE, "the bytes are not a readable PNG or JPEG image");
        }
        if (image == null) {
            return new NotFound(Reason.NOT_AN_IMAGE, "the bytes are not a PNG or JPEG image");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            return new NotFound(Reason.IMAGE_TOO_LARGE, "the image has more than " + MAX_PIXELS + " pixels");
        }
        BufferedImageLuminanceSource luminance = new BufferedImageLuminanceSource(image);
        // ZXing's first reading fails on about 2 % of clean, generated symbols (finder patterns
        // misplaced, or a block misread), so each way is tried in turn; the most telling refusal wins
        boolean small = (long) image.getWidth() * image.getHeight() <= SMALL_PIXELS;
        NotFound refusal = null;
        for (Attempt attempt : ATTEMPTS) {
            if (attempt.histogram() && !small && refusal != null && refusal.reason() == Reason.NO_QR_FOUND) {
                // a second full scan of a large image nothing was seen in: not worth its CPU
                continue;
            }
            Scan scan = attempt.decode(luminance);
            if (scan instanceof Found) {
                return scan;
            }
            NotFound notFound = (NotFound) scan;
            if (refusal == null
                    || (refusal.reason() == Reason.NO_QR_FOUND && notFound.reason() != Reason.NO_QR_FOUND)) {
                refusal = notFound;
            }
        }
        return refusal;
    }

    /** One way of reading: a binarizer and the hints for the QR reader. */
    private record Attempt(boolean histogram, Map<DecodeHintType, Object> hints) {
        Scan decode(BufferedImageLuminanceSource luminance) {
            BinaryBitmap bitmap = new BinaryBitmap(
                    histogram ? new GlobalHistogramBinarizer(luminance) : new HybridBinarizer(luminance));
            try {
                Result result = new QRCodeReader().decode(bitmap, hints);
                return new Found(result.getText());
            } catch (NotFoundException e) {
                return new NotFound(Reason.NO_QR_FOUND, "no QR code was found in the image");
            } catch (ChecksumException | FormatException e) {
                return new NotFound(
                        Reason.QR_UNREADABLE, "a QR code was found but could not be read; try a sharper photo");
            } catch (RuntimeException e) {
                return new NotFound(Reason.QR_UNREADABLE, "the image could not be decoded");
            }
        }
    }

    private static final Map<DecodeHintType, Object> PHOTO = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /**
     * In order: the photo reading; the pure-barcode reading of a clean rendering (a screenshot, our
     * own PNG), which gives up at once on a photo; a second full scan with another binarizer.
     */
    private static final List<Attempt> ATTEMPTS = List.of(
            new Attempt(false, PHOTO),
            new Attempt(false, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)),
            new Attempt(true, PHOTO));

    /** Up to this size (a phone screenshot) the second full scan is tried even when nothing was seen. */
    private static final long SMALL_PIXELS = 4_000_000L;
}
