package dev.zhengzhao.signer.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code symbol for a licence QR text: error correction level M (15% of the symbol may be
 * damaged) and a quiet zone of 4 modules, as ISO/IEC 18004 requires. The text is Base45, so ZXing
 * encodes it in alphanumeric mode.
 */
public final class QrSymbol {
    public static final int QUIET_ZONE = 4;
    public static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

    private final int version;
    private final ByteMatrix modules;

    private QrSymbol(int version, ByteMatrix modules) {
        this.version = version;
        this.modules = modules;
    }

    public static QrSymbol encode(String text) {
        try {
            QRCode code = Encoder.encode(text, LEVEL, Map.of(EncodeHintType.ERROR_CORRECTION, LEVEL));
            return new QrSymbol(code.getVersion().getVersionNumber(), code.getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit a QR code", e);
        }
    }

    /** The QR version, 1-40; a licence QR should be 10 or lower to scan well from paper and screens. */
    public int version() {
        return version;
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return modules.getWidth();
    }

    /** True when the module at (x, y), counted without the quiet zone, is dark. */
    public boolean dark(int x, int y) {
        return modules.get(x, y) == 1;
    }

    /** A black-and-white PNG with {@code pixelsPerModule} pixels per module, quiet zone included. */
    public byte[] png(int pixelsPerModule) {
        int side = (size() + 2 * QUIET_ZONE) * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] white = new int[side];
        java.util.Arrays.fill(white, 1);
        for (int y = 0; y < side; y++) {
            raster.setPixels(0, y, side, 1, white);
        }
        int[] black = new int[pixelsPerModule * pixelsPerModule];
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (dark(x, y)) {
                    raster.setPixels(
                            (x + QUIET_ZONE) * pixelsPerModule,
                            (y + QUIET_ZONE) * pixelsPerModule,
                            pixelsPerModule,
                            pixelsPerModule,
                            black);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PNG", e);
        }
        return out.toByteArray();
    }

    /** An SVG drawing, one unit per module, quiet zone included; scales to any size. */
    public String svg() {
        int side = size() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (dark(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(' ')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
    }
}
