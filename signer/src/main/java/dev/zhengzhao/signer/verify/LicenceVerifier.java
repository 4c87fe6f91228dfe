package dev.zhengzhao.signer.verify;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.core.verify.VerificationReport.SignerInfo;
import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.cose.LicenceCwt;
import dev.zhengzhao.signer.cose.PayloadType;
import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.qr.QrText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Offline verification of a licence QR text or signed record, at an explicit validation time.
 * The report has the checks {@code format}, {@code signature}, {@code trust} and {@code validity}
 * with stable reason codes (docs/formats/qr-payload.md lists them), and {@code issuer} when the
 * signer certificate names its issuer (see {@link IssuerBinding}). Never throws on bad input.
 * Thread-safe; keep one per process.
 */
public final class LicenceVerifier {
    public static final String FORMAT = "format";
    public static final String SIGNATURE = "signature";
    public static final String TRUST = "trust";
    public static final String VALIDITY = "validity";

    private final SignerCertificates signers;
    private final SignerTrust trust;

    public LicenceVerifier(SignerCertificates signers, SignerTrust trust) {
        this.signers = Objects.requireNonNull(signers, "signers");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** Verifies the text of a licence QR code ({@code ZZ1:…}). */
    public VerificationReport verifyQr(String qrText, Instant at) {
        try {
            return switch (QrText.parse(qrText)) {
                case QrText.Refused refused -> formatFailure(at, refused.reason(), refused.detail());
                case QrText.Cose cose -> verifyCose(cose.bytes(), PayloadType.LICENCE_QR, at);
            };
        } catch (RuntimeException e) {
            return formatFailure(at, Reason.MALFORMED_COSE, "the QR payload could not be read");
        }
    }

    /** Verifies a signed record (the COSE_Sign1 over all claims) as stored by the repository. */
    public VerificationReport verifyRecord(byte[] signedRecord, Instant at) {
        try {
            return verifyCose(signedRecord, PayloadType.LICENCE_RECORD, at);
        } catch (RuntimeException e) {
            return formatFailure(at, Reason.MALFORMED_COSE, "the signed record could not be read");
        }
    }

    /**
     * Verifies a licence QR's COSE message already decoded, with its claims set decoded once
     * ({@link LicenceCwt#claimsSet}; empty when the payload is no CBOR map).
     */
    public VerificationReport verifyQrMessage(CoseSign1 cose, Optional<CBORObject> claimsSet, Instant at) {
        try {
            return verifyDecoded(cose, claimsSet.flatMap(LicenceCwt::decode), PayloadType.LICENCE_QR, at);
        } catch (RuntimeException e) {
            return formatFailure(at, Reason.MALFORMED_COSE, "the QR payload could not be read");
        }
    }

    private VerificationReport verifyCose(byte[] bytes, PayloadType expected, Instant at) {
        Optional<CoseSign1> parsed = CoseSign1.decode(bytes);
        if (parsed.isEmpty()) {
            return formatFailure(at, Reason.MALFORMED_COSE, "the payload is not a COSE_Sign1 message");
        }
        return verifyDecoded(parsed.get(), LicenceCwt.decode(parsed.get().payload()), expected, at);
    }

    private VerificationReport verifyDecoded(
            CoseSign1 cose, Optional<LicenceCwt.Decoded> decoded, PayloadType expected, Instant at) {
        if (decoded.isEmpty()) {
            return formatFailure(at, Reason.MALFORMED_CLAIMS, "the signed payload is not a licence claims set");
        }
        if (decoded.get().type() != expected) {
            return formatFailure(
                    at,
                    Reason.UNEXPECTED_TYPE,
                    "the payload is a " + decoded.get().type() + ", not a " + expected);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(FORMAT, "well-formed " + expected.name().toLowerCase(java.util.Locale.ROOT)));
        Kid kid = new Kid(cose.kid());
        Optional<SignatureAlgorithm> algorithm = SignatureAlgorithm.fromCose(cose.alg());
        if (algorithm.isEmpty()) {
            return stop(checks, at, null, Check.failed(SIGNATURE, Reason.UNKNOWN_ALGORITHM, "COSE alg " + cose.alg()));
        }
        SignerInfo anonymous = new SignerInfo(kid.hex(), null, algorithm.get().coseName());
        Optional<SignerCertificates.Signer> signer = signers.find(kid);
        if (signer.isEmpty()) {
            return stop(
                    checks,
                    at,
                    anonymous,
                    // Not decidable with the certificates at hand (e.g. an outdated trust list), as
                    // ETSI treats a missing signing certificate: indeterminate, not invalid.
                    Check.indeterminate(
                            SIGNATURE, Reason.UNKNOWN_KID, "no known signer certificate has kid " + kid.hex()));
        }
        SignerCertificates.Signer known = signer.get();
        SignerInfo info =
                new SignerInfo(kid.hex(), known.subject(), algorithm.get().coseName());
        if (known.key().algorithm() != algorithm.get()) {
            return stop(
                    checks,
                    at,
                    info,
                    Check.failed(
                            SIGNATURE,
                            Reason.ALGORITHM_MISMATCH,
                            "the header algorithm does not match the signer's key"));
        }
        if (!known.key().verify(cose.toBeSigned(), cose.signature())) {
            return stop(
                    checks,
                    at,
                    info,
                    Check.failed(
                            SIGNATURE, Reason.SIGNATURE_MISMATCH, "the signature does not match the content and key"));
        }
        checks.add(Check.passed(SIGNATURE, algorithm.get().coseName() + " signature by kid " + kid.hex()));
        LicenceClaims claims = decoded.get().claims();
        IssuerBinding.check(known.creditCode(), claims.issuerCode()).ifPresent(checks::add);
        TrustVerdict verdict = trust.evaluate(known.certificate(), at, claims.typeCode());
        checks.add(verdict.asCheck());
        checks.add(validity(decoded.get(), at));
        return VerificationReport.at(at)
                .checks(checks)
                .claims(claims)
                .signer(info)
                .path(verdict.path(), verdict.jurisdiction())
                .build();
    }

    private static Check validity(LicenceCwt.Decoded decoded, Instant at) {
        if (decoded.notBefore() != null && at.isBefore(decoded.notBefore())) {
            return Check.failed(
                    VALIDITY,
                    Reason.NOT_YET_VALID,
                    "the licence is valid from " + decoded.claims().validFrom());
        }
        if (decoded.expires() != null && !at.isBefore(decoded.expires())) {
            return Check.failed(
                    VALIDITY,
                    Reason.EXPIRED,
                    "the licence was valid until " + decoded.claims().validUntil());
        }
        return Check.passed(
                VALIDITY,
                decoded.claims().validUntil() == null
                        ? "long-term licence"
                        : "valid until " + decoded.claims().validUntil());
    }

    private static VerificationReport stop(List<Check> checks, Instant at, SignerInfo signer, Check failure) {
        List<Check> all = new ArrayList<>(checks);
        all.add(failure);
        all.add(Check.skipped(TRUST, "not checked: the signature was not verified"));
        all.add(Check.skipped(VALIDITY, "not checked: the signature was not verified"));
        return VerificationReport.at(at).checks(all).signer(signer).build();
    }

    /** The report of a form refused before its signature could be looked at. */
    public static VerificationReport formatFailure(Instant at, Reason reason, String detail) {
        return VerificationReport.of(
                at,
                List.of(
                        Check.failed(FORMAT, reason, detail),
                        Check.skipped(SIGNATURE, "not checked: the format is invalid"),
                        Check.skipped(TRUST, "not checked: the format is invalid"),
                        Check.skipped(VALIDITY, "not checked: the format is invalid")));
    }
}
