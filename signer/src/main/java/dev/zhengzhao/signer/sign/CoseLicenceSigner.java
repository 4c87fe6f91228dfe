package dev.zhengzhao.signer.sign;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.LicenceSigner;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.cose.LicenceCwt;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.qr.QrText;
import java.util.Objects;

/**
 * Signs prepared licence claims with one issuer key: the claims are first encoded
 * deterministically, then exactly those bytes are signed, twice — the full signed record and the
 * compact QR payload (docs/formats/qr-payload.md). Signing times are whole seconds.
 */
public final class CoseLicenceSigner implements LicenceSigner {
    private final IssuerKey key;

    public CoseLicenceSigner(IssuerKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public SignedLicence sign(LicenceClaims claims) {
        byte[] record = CoseSign1.sign(key, LicenceCwt.record(claims)).encode();
        byte[] qr = CoseSign1.sign(key, LicenceCwt.qr(claims)).encode();
        return new SignedLicence(
                record, QrText.of(qr), key.kid().hex(), key.algorithm().coseName());
    }

    public IssuerKey key() {
        return key;
    }
}
