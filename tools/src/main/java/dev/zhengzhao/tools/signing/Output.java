package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and writing the CLI's files, with one-line errors that name the file. */
final class Output {
    private Output() {}

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "cannot read " + file);
        }
    }

    static String readText(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "cannot write " + file);
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
