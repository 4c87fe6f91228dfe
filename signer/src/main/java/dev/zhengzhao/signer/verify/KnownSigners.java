package dev.zhengzhao.signer.verify;

import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.key.VerificationKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed set of signer certificates, parsed once and looked up by kid. Certificates whose key is
 * not P-256, SM2 or Ed25519 are left out (they could never verify a licence).
 */
public final class KnownSigners implements SignerCertificates {
    private final Map<Kid, Signer> byKid;

    public KnownSigners(Collection<X509Certificate> certificates) {
        Map<Kid, Signer> map = new HashMap<>();
        for (X509Certificate cert : certificates) {
            VerificationKey.of(cert).ifPresent(key -> {
                Kid kid = Kid.of(cert);
                map.put(kid, new Signer(cert, key, kid));
            });
        }
        this.byKid = Map.copyOf(map);
    }

    public static KnownSigners of(X509Certificate... certificates) {
        return new KnownSigners(List.of(certificates));
    }

    @Override
    public Optional<Signer> find(Kid kid) {
        return Optional.ofNullable(byKid.get(kid));
    }
}
