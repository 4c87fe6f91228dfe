package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.SignerCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repository's own signing key (SM2/SM3): it signs presentation tokens and disclosure evidence,
 * never licences. Configured in production; made once under the local key directory otherwise.
 */
public record RepositoryKey(IssuerKey key) {
    private static final Logger log = LoggerFactory.getLogger(RepositoryKey.class);

    public SignerCertificates verifiers() {
        return KnownSigners.of(key.certificate());
    }

    public static RepositoryKey load(SigningProperties signing, Clock clock) {
        SigningProperties.RepositoryKeyFile file = signing.repositoryKey();
        if (file != null && file.pkcs12() != null) {
            String password = file.passwordEnv() == null ? null : System.getenv(file.passwordEnv());
            if (password == null) {
                throw new IllegalStateException(
                        "zz.signing.repository-key: environment variable " + file.passwordEnv() + " is not set");
            }
            try {
                return new RepositoryKey(Pkcs12IssuerKey.read(file.pkcs12(), password.toCharArray()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("zz.signing.repository-key: cannot read " + file.pkcs12(), e);
            }
        }
        return new RepositoryKey(local(signing.localKeyDirectory(), clock));
    }

    private static IssuerKey local(Path dir, Clock clock) {
        Path p12 = dir.resolve("repository.p12");
        Path secret = dir.resolve("repository.password");
        try {
            if (Files.exists(p12) && Files.exists(secret)) {
                return Pkcs12IssuerKey.read(
                        p12, Files.readString(secret).strip().toCharArray());
            }
            Files.createDirectories(dir);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Pkcs12IssuerKey key = IssuerKeys.generate(
                    SignatureAlgorithm.SM2_SM3,
                    "CN=Zhengzhao repository (development),O=Zhengzhao,C=CN",
                    clock.instant().minus(Duration.ofDays(1)),
                    Duration.ofDays(2 * 365),
                    new SecureRandom());
            Files.write(p12, key.toPkcs12(password.toCharArray()));
            Files.writeString(secret, password, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
                Files.setPosixFilePermissions(p12, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a non-POSIX file system: the directory's own protection applies
            }
            log.warn(
                    "made a development repository key in {}; configure zz.signing.repository-key in production",
                    dir.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the repository key in " + dir.toAbsolutePath(), e);
        }
    }
}
