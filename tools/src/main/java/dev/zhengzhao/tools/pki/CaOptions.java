package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CaKeys;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs11CaKeys;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.Validity;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import picocli.CommandLine.Option;

/** Options every CA ceremony shares: the key store, and the validity of what it issues. */
final class CaOptions {
    @Option(names = "--keystore", paramLabel = "FILE", description = "the CA key store (PKCS#12)")
    Path keystore;

    @Option(
            names = "--pkcs11",
            paramLabel = "LIBRARY",
            description =
                    "use an HSM instead: the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so (P-256 keys only)")
    Path pkcs11;

    @Option(names = "--slot", paramLabel = "N", description = "the HSM slot (with --pkcs11)")
    Long slot;

    @Option(
            names = "--password",
            defaultValue = "${env:ZZ_CA_PASSWORD}",
            description = "the key store password or HSM PIN (default: $ZZ_CA_PASSWORD)")
    String password;

    @Option(
            names = "--not-before",
            paramLabel = "INSTANT",
            description = "start of validity, e.g. 2026-06-01T00:00:00Z (default: now)")
    Instant notBefore;

    @Option(names = "--days", paramLabel = "N", description = "validity in days (default depends on the ceremony)")
    Integer days;

    final SecureRandom random = new SecureRandom();

    CaKeys keys() {
        if (password == null || password.isEmpty()) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "give --password or set ZZ_CA_PASSWORD");
        }
        if ((keystore == null) == (pkcs11 == null)) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "give either --keystore or --pkcs11 (with --slot)");
        }
        if (pkcs11 != null) {
            if (slot == null) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "--pkcs11 needs --slot");
            }
            return Pkcs11CaKeys.open(Pkcs11CaKeys.provider(pkcs11, slot), password.toCharArray(), random);
        }
        return Pkcs12CaKeys.open(keystore, password.toCharArray(), random);
    }

    Validity validity(int defaultDays) {
        Instant from = notBefore != null ? notBefore : Instant.now();
        return Validity.of(from, Duration.ofDays(days != null ? days : defaultDays));
    }

    /** The certificate policies a CA certificate asserts: the default for what it issues. */
    static Set<String> policiesOf(X509Certificate ca) {
        byte[] ext = ca.getExtensionValue(Extension.certificatePolicies.getId());
        if (ext == null) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        for (PolicyInformation p : CertificatePolicies.getInstance(
                        ASN1OctetString.getInstance(ext).getOctets())
                .getPolicyInformation()) {
            out.add(p.getPolicyIdentifier().getId());
        }
        return out;
    }

    static KeyAlgorithm algorithm(String name) {
        try {
            return KeyAlgorithm.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "unknown --algorithm " + name + " (SM2, EC_P256, ED25519)");
        }
    }
}
