package dev.zhengzhao.signer.forms;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.port.SignedForms;
import dev.zhengzhao.core.verify.Presentation;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.cose.LicenceCwt;
import dev.zhengzhao.signer.cose.PayloadType;
import dev.zhengzhao.signer.presentation.PresentationToken;
import dev.zhengzhao.signer.qr.QrImageReader;
import dev.zhengzhao.signer.qr.QrText;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import dev.zhengzhao.signer.verify.SignerCertificates;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Core's {@link SignedForms} on this module: COSE licence QRs and presentation tokens, sealed PDFs,
 * and QR images. A QR text is decoded once (Base45, zlib, COSE, the claims set) and verified as what
 * its payload type says it is. Thread-safe.
 */
public final class SignerForms implements SignedForms {
    private final LicenceVerifier licences;
    private final SealedPdfVerifier pdfs;
    private final SignerCertificates repositoryKeys;

    /**
     * @param licences verifies licence QRs, over the trust decision it was made with
     * @param pdfs verifies sealed PDFs, over the same trust decision
     * @param repositoryKeys the repository's own keys, which sign presentation tokens
     */
    public SignerForms(LicenceVerifier licences, SealedPdfVerifier pdfs, SignerCertificates repositoryKeys) {
        this.licences = Objects.requireNonNull(licences, "licences");
        this.pdfs = Objects.requireNonNull(pdfs, "pdfs");
        this.repositoryKeys = Objects.requireNonNull(repositoryKeys, "repositoryKeys");
    }

    @Override
    public QrReading readQr(String text, Instant at) {
        try {
            return switch (QrText.parse(text)) {
                case QrText.Refused refused ->
                    new LicenceQr(LicenceVerifier.formatFailure(at, refused.reason(), refused.detail()));
                case QrText.Cose cose -> readCose(cose.bytes(), at);
            };
        } catch (RuntimeException e) {
            return new LicenceQr(
                    LicenceVerifier.formatFailure(at, Reason.MALFORMED_COSE, "the QR payload could not be read"));
        }
    }

    private QrReading readCose(byte[] bytes, Instant at) {
        Optional<CoseSign1> message = CoseSign1.decode(bytes);
        if (message.isEmpty()) {
            return new LicenceQr(LicenceVerifier.formatFailure(
                    at, Reason.MALFORMED_COSE, "the payload is not a COSE_Sign1 message"));
        }
        Optional<CBORObject> claimsSet = LicenceCwt.claimsSet(message.get().payload());
        if (claimsSet.isPresent() && LicenceCwt.typeOf(claimsSet.get()).orElse(null) == PayloadType.PRESENTATION) {
            return switch (PresentationToken.verify(message.get(), claimsSet.get(), repositoryKeys)) {
                case PresentationToken.Verified verified -> new PresentationQr(presentation(verified.claims()));
                case PresentationToken.Refused refused -> new PresentationRefused(refused.reason(), refused.detail());
            };
        }
        return new LicenceQr(licences.verifyQrMessage(message.get(), claimsSet, at));
    }

    private static Presentation presentation(PresentationToken.Claims c) {
        return new Presentation(c.licenceId(), c.holderBinding(), c.nonceHex(), c.issuedAt(), c.expires());
    }

    @Override
    public VerificationReport verifyPdf(byte[] pdf, Instant at) {
        return pdfs.verify(pdf, at);
    }

    @Override
    public ImageScan scanImage(byte[] image) {
        return switch (QrImageReader.read(image)) {
            case QrImageReader.Found found -> ImageScan.found(found.text());
            case QrImageReader.NotFound none -> ImageScan.refused(none.reason(), none.detail());
        };
    }
}
