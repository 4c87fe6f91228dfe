package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz key create}: a new issuer key with a self-signed signing certificate. */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Generate an issuer key (SM2-SM3, ES256 or EdDSA) with a self-signed signing certificate,"
                + " written as PKCS#12 plus the certificate as PEM.")
final class KeyCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--algorithm",
            defaultValue = "SM2-SM3",
            description = "SM2-SM3, ES256 or EdDSA (default ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--subject", required = true, description = "the certificate subject, e.g. \"CN=…,O=…,C=CN\"")
    String subject;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the PKCS#12 file to write")
    Path out;

    @Option(
            names = "--cert-out",
            paramLabel = "FILE",
            description = "the certificate PEM (default: beside --out, .pem)")
    Path certOut;

    @Option(
            names = "--days",
            defaultValue = "1095",
            description = "certificate validity in days (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--not-before", paramLabel = "TIME", description = "certificate start, ISO-8601 (default: now)")
    Instant notBefore;

    @Option(
            names = "--password",
            paramLabel = "TEXT",
            description = "the PKCS#12 password; defaults to ZZ_KEY_PASSWORD")
    String password;

    @Override
    public Integer call() {
        SignatureAlgorithm alg = SignatureAlgorithm.fromName(algorithm)
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.INVALID_REQUEST, "unknown algorithm " + algorithm + "; use SM2-SM3, ES256 or EdDSA"));
        char[] pass = KeyFile.password(password);
        Pkcs12IssuerKey key;
        try {
            key = IssuerKeys.generate(
                    alg,
                    subject,
                    notBefore == null ? Clock.systemUTC().instant() : notBefore,
                    Duration.ofDays(days),
                    new SecureRandom());
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "bad --subject: " + e.getMessage());
        }
        Output.write(out, key.toPkcs12(pass));
        Path pem = certOut != null
                ? certOut
                : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.p12$", "") + ".pem");
        Output.write(pem, IssuerKeys.pem(key.certificate()));
        spec.commandLine()
                .getOut()
                .println(alg.coseName() + " key " + key.kid().hex() + " written to " + out + ", certificate to " + pem);
        return 0;
    }
}
