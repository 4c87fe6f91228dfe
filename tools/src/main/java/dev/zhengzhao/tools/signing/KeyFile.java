package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that name a PKCS#12 key file and its password (option or ZZ_KEY_PASSWORD). */
final class KeyFile {
    static final String PASSWORD_VARIABLE = "ZZ_KEY_PASSWORD";

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the issuer key, PKCS#12")
    Path key;

    @Option(
            names = "--password",
            paramLabel = "TEXT",
            description = "the PKCS#12 password; defaults to the ZZ_KEY_PASSWORD environment variable")
    String password;

    char[] password() {
        return password(password);
    }

    static char[] password(String option) {
        String value = option != null ? option : System.getenv(PASSWORD_VARIABLE);
        if (value == null || value.isEmpty()) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "give the key password with --password or " + PASSWORD_VARIABLE);
        }
        return value.toCharArray();
    }

    Pkcs12IssuerKey read() {
        try {
            return Pkcs12IssuerKey.read(Files.readAllBytes(key), password());
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "cannot read the key file " + key);
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, key + ": " + e.getMessage());
        }
    }
}
