package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.revocation.CrlPublisher;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz ca crl}: a CRL of a CA in the key store. */
@Command(name = "crl", mixinStandardHelpOptions = true, description = "Sign a CRL listing the given serial numbers.")
final class CrlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaOptions ca;

    @Option(names = "--issuer-alias", required = true, description = "the CA's key in the key store")
    String issuerAlias;

    @Option(names = "--revoke", paramLabel = "SERIAL_HEX", description = "a revoked serial number, hex (repeatable)")
    List<String> revoked = List.of();

    @Option(names = "--reason", defaultValue = "0", description = "CRLReason code for all entries (default 0)")
    int reason;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CRL (PEM)")
    Path out;

    @Override
    public Integer call() {
        CertificateAuthority issuer = CertificateAuthority.existing(ca.keys(), issuerAlias, ca.random);
        Instant now = ca.notBefore != null ? ca.notBefore : Instant.now();
        RevocationRegistry registry = new RevocationRegistry();
        for (String serial : revoked) {
            try {
                registry.revoke(new RevocationEntry(new BigInteger(serial, 16), now, reason));
            } catch (NumberFormatException e) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "--revoke wants a hex serial, got " + serial);
            }
        }
        int days = ca.days != null ? ca.days : 7;
        byte[] der = new CrlPublisher(issuer, registry, Duration.ofDays(days)).crl(now);
        Pem.write(out, Pem.encode("X509 CRL", der));
        spec.commandLine().getOut().println("CRL with " + revoked.size() + " entries written to " + out);
        return 0;
    }
}
