package dev.zhengzhao.verifierapi.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A still picture as a YUV4MPEG2 (4:2:0) video, for Chromium's fake camera
 * ({@code --use-file-for-fake-video-capture}): the picture is scaled (nearest neighbour, so QR
 * modules stay sharp) into the middle of a white frame, luma from RGB (BT.601, full range), chroma
 * 128 (grey). Chromium loops the file, so a few identical frames are enough.
 */
final class Y4mVideo {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 5;

    private Y4mVideo() {}

    /** Writes the PNG (or JPEG) picture as a video of a few identical frames; answers the file. */
    static Path write(byte[] picture, Path file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
        if (image == null) {
            throw new IOException("not a picture ImageIO can read");
        }
        byte[] luma = luma(image);
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }

    /** The luma plane: white, with the picture scaled to 80% of the height, centred. */
    private static byte[] luma(BufferedImage image) {
        byte[] plane = new byte[WIDTH * HEIGHT];
        java.util.Arrays.fill(plane, (byte) 255);
        int size = HEIGHT * 8 / 10;
        double scale = Math.min((double) size / image.getWidth(), (double) size / image.getHeight());
        int w = (int) (image.getWidth() * scale);
        int h = (int) (image.getHeight() * scale);
        int left = (WIDTH - w) / 2;
        int top = (HEIGHT - h) / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB((int) (x / scale), (int) (y / scale));
                int alpha = rgb >>> 24;
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int value = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                // transparent pixels are shown on white
                value = (value * alpha + 255 * (255 - alpha)) / 255;
                plane[(top + y) * WIDTH + left + x] = (byte) value;
            }
        }
        return plane;
    }

    /** For trying by hand: java Y4mVideo.java picture.png out.y4m */
    public static void main(String[] args) throws IOException {
        write(Files.readAllBytes(Path.of(args[0])), Path.of(args[1]));
    }
}
