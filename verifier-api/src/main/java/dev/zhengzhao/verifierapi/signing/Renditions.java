package dev.zhengzhao.verifierapi.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.FieldSpec;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.qr.QrSymbol;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a stored licence is shown as: its QR as PNG or SVG (ZXing), its sealed PDF (PDFBox, PAdES). */
public final class Renditions {
    /** Pixels per QR module in the PNG: a version-10 symbol comes out at 260 px plus quiet zone. */
    private static final int PNG_MODULE_PIXELS = 8;

    private final PdfBoxLicenceRenderer renderer;
    private final IssuerKeyring keyring;
    private final TypeCatalogue catalogue;
    private final Clock clock;

    public Renditions(PdfBoxLicenceRenderer renderer, IssuerKeyring keyring, TypeCatalogue catalogue, Clock clock) {
        this.renderer = renderer;
        this.keyring = keyring;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public byte[] qrPng(String qrText) {
        return QrSymbol.encode(qrText).png(PNG_MODULE_PIXELS);
    }

    public String qrSvg(String qrText) {
        return QrSymbol.encode(qrText).svg();
    }

    public byte[] sealedPdf(LicenceRecord record) {
        IssuerKey key = keyring.keys().get(record.licence().issuerCode());
        if (key == null) {
            throw new ZhengzhaoException(
                    ErrorCode.SIGNING_UNAVAILABLE,
                    "this service holds no key for issuer " + record.licence().issuerCode());
        }
        LicenceType type = catalogue
                .find(record.licence().typeCode())
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.UNKNOWN_LICENCE_TYPE,
                        "licence type " + record.licence().typeCode() + " is not in the catalogue"));
        Map<String, String> labels = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            labels.put(f.key(), f.label());
        }
        byte[] unsigned = renderer.render(
                LicenceClaims.of(record.licence(), type), record.signed().qrText(), labels);
        return new PadesSealer(key, clock).seal(unsigned);
    }
}
