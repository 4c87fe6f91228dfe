package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo issuers' keys: made once under {@code data/demo/keys} (PKCS#12, password {@code demo}),
 * each with a signer certificate that the demo GD issuing CA issued from the key's CSR, and reused
 * on later starts so licences issued in an earlier demo still verify.
 */
public final class DemoKeys {
    /** The password of the demo key files. A demo only: production keys take theirs from the environment. */
    public static final String PASSWORD = "demo";

    private DemoKeys() {}

    public static Map<CreditCode, IssuerKey> ensure(Path demoDirectory, DemoPki pki, Clock clock) {
        Map<CreditCode, IssuerKey> keys = new LinkedHashMap<>();
        for (DemoCatalogue.DemoIssuer issuer : DemoCatalogue.issuers()) {
            keys.put(issuer.issuer().code(), ensure(demoDirectory.resolve("keys"), issuer, pki, clock));
        }
        return keys;
    }

    private static IssuerKey ensure(Path dir, DemoCatalogue.DemoIssuer issuer, DemoPki pki, Clock clock) {
        Path file = dir.resolve(issuer.issuer().code().value() + ".p12");
        try {
            if (Files.exists(file)) {
                return Pkcs12IssuerKey.read(file, PASSWORD.toCharArray());
            }
            Files.createDirectories(dir);
            String subject = "C=CN,ST=Guangdong,O=" + issuer.issuer().name() + ",OU="
                    + issuer.issuer().code().value() + ",CN=" + issuer.issuer().name() + " licence signer";
            Pkcs12IssuerKey selfSigned = IssuerKeys.generate(
                    issuer.algorithm(),
                    subject,
                    clock.instant().minus(Duration.ofDays(1)),
                    Duration.ofDays(3 * 365),
                    new SecureRandom());
            Pkcs12IssuerKey key = pki.certify(selfSigned, subject, clock.instant());
            Files.write(file, key.toPkcs12(PASSWORD.toCharArray()));
            Files.writeString(dir.resolve(issuer.issuer().code().value() + ".pem"), IssuerKeys.pem(key.certificate()));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo key " + file, e);
        }
    }
}
