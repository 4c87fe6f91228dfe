package dev.zhengzhao.signer.sign;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.signing.LicenceSigner;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The signers of the issuers this process holds keys for, by issuer code. */
public final class KeyedIssuerSigners implements IssuerSigners {
    private final Map<CreditCode, CoseLicenceSigner> signers;

    public KeyedIssuerSigners(Map<CreditCode, ? extends IssuerKey> keys) {
        Map<CreditCode, CoseLicenceSigner> built = new HashMap<>();
        keys.forEach((issuer, key) -> built.put(issuer, new CoseLicenceSigner(key)));
        this.signers = Map.copyOf(built);
    }

    /** Loads one PKCS#12 file per issuer, all protected by {@code password}. */
    public static KeyedIssuerSigners fromPkcs12(Map<CreditCode, Path> files, char[] password) throws IOException {
        Map<CreditCode, IssuerKey> keys = new HashMap<>();
        for (Map.Entry<CreditCode, Path> e : files.entrySet()) {
            keys.put(e.getKey(), Pkcs12IssuerKey.read(e.getValue(), password));
        }
        return new KeyedIssuerSigners(keys);
    }

    @Override
    public LicenceSigner forIssuer(CreditCode issuer) {
        CoseLicenceSigner signer = signers.get(issuer);
        if (signer == null) {
            throw new ZhengzhaoException(
                    ErrorCode.SIGNING_UNAVAILABLE, "no signing key is configured for issuer " + issuer.value());
        }
        return signer;
    }
}
