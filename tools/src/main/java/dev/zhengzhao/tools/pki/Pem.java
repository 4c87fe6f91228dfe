package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reading certificates, CRLs and requests in PEM or DER, and writing PEM. */
final class Pem {
    private Pem() {}

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "cannot read " + file);
        }
    }

    static List<X509Certificate> certificates(Path file) {
        try {
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Providers.bc());
            factory.generateCertificates(new ByteArrayInputStream(read(file)))
                    .forEach(c -> out.add((X509Certificate) c));
            if (out.isEmpty()) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, file + " holds no certificate");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, file + " is not a certificate in PEM or DER");
        }
    }

    static X509Certificate certificate(Path file) {
        return certificates(file).get(0);
    }

    static List<X509CRL> crls(Path file) {
        try {
            List<X509CRL> out = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Providers.bc());
            factory.generateCRLs(new ByteArrayInputStream(read(file))).forEach(c -> out.add((X509CRL) c));
            return out;
        } catch (GeneralSecurityException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, file + " is not a CRL in PEM or DER");
        }
    }

    /** The DER inside a PEM file of the given type, or the file itself when it is DER already. */
    static byte[] der(Path file, String type) {
        byte[] bytes = read(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        int from = text.indexOf(begin);
        if (from < 0) {
            return bytes;
        }
        int to = text.indexOf("-----END " + type + "-----", from);
        if (to < 0) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, file + " has no PEM end line for " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.US_ASCII));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "cannot write " + file);
        }
    }

    static void writeCertificate(Path file, X509Certificate certificate) {
        try {
            write(file, encode("CERTIFICATE", certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }
}
