package dev.zhengzhao.core.verify;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Holder;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.ForeignStatus;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.PresentationNonces;
import dev.zhengzhao.core.port.SignedForms;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a licence in whatever form a verifier was handed: the offline checks of the signed form
 * (format, signature, trust, validity), then the licence's status and version — from the repository
 * for its own licences, from the issuing jurisdiction for a foreign credential. Status that cannot
 * be learned makes the outcome INDETERMINATE, never VALID. A presentation token is checked for its
 * lifetime, its holder and single use before the licence it names. Every verification by a named
 * verifier is audited. Never throws on bad input: the answer is a report.
 */
public final class VerifyLicence {
    public static final String STATUS = "status";
    public static final String VERSION = "version";
    public static final String PRESENTATION = "presentation";
    /** How far a presentation's issue time may lie ahead of the verifier's clock. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final SignedForms forms;
    private final StatusLookup status;
    private final ForeignStatus foreign;
    private final LicenceReader licences;
    private final PresentationNonces nonces;
    private final AuditTrail audit;
    private final String homeJurisdiction;
    private final Clock clock;

    /**
     * @param forms offline verification of each form, over the trust decision
     * @param status the repository's status of its own licences
     * @param foreign the status of other jurisdictions' credentials
     * @param licences the stored licences, for identifiers and presentations
     * @param nonces single use of presentation tokens
     * @param homeJurisdiction the jurisdiction whose licences this repository holds
     */
    public VerifyLicence(
            SignedForms forms,
            StatusLookup status,
            ForeignStatus foreign,
            LicenceReader licences,
            PresentationNonces nonces,
            AuditTrail audit,
            String homeJurisdiction,
            Clock clock) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.status = Objects.requireNonNull(status, "status");
        this.foreign = Objects.requireNonNull(foreign, "foreign");
        this.licences = Objects.requireNonNull(licences, "licences");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.homeJurisdiction = Objects.requireNonNull(homeJurisdiction, "homeJurisdiction");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The answer: the report, what was verified (the form's action, or VERIFY_PRESENTATION when a
     * QR turned out to be one) and, for a presentation token that could be read, what it presented.
     */
    public record Verification(VerificationReport report, String action, Presented presented) {}

    /** What a hall learns about a presentation itself. */
    public record Presented(String licenceId, Instant expiresAt) {}

    /** Verifies at the clock's time. */
    public Verification verify(Form form, Verifier who) {
        return verify(form, who, clock.instant());
    }

    public Verification verify(Form form, Verifier who, Instant at) {
        Verification offline = offline(form, who, at);
        VerificationReport report = offline.report();
        if (report.check(STATUS).isEmpty()) {
            report = report.with(statusChecks(report, at));
        }
        Verification answer = new Verification(report, offline.action(), offline.presented());
        if (!who.isPublic()) {
            audit.record(new AuditTrail.Entry(
                    at,
                    who.name(),
                    who.role(),
                    answer.action(),
                    report.claimsIfRead().map(LicenceClaims::licenceId).orElse(null),
                    report.outcome().name(),
                    report.firstProblem().map(c -> c.reason().code()).orElse(null)));
        }
        return answer;
    }

    private Verification offline(Form form, Verifier who, Instant at) {
        return switch (form) {
            case Form.QrText qr -> reading(forms.readQr(qr.text(), at), false, who, at);
            case Form.PresentationToken token -> reading(forms.readQr(token.text(), at), true, who, at);
            case Form.QrImage image -> {
                SignedForms.ImageScan scan = forms.scanImage(image.image());
                yield scan.text() == null
                        ? licence(
                                form.action(),
                                VerificationReport.of(
                                        at, List.of(Check.failed("format", scan.reason(), scan.detail()))))
                        : reading(forms.readQr(scan.text(), at), false, who, at);
            }
            case Form.Pdf pdf -> licence(form.action(), forms.verifyPdf(pdf.pdf(), at));
            case Form.Identifier id -> licence(form.action(), stored(id.id(), at));
        };
    }

    private static Verification licence(String action, VerificationReport report) {
        return new Verification(report, action, null);
    }

    /** The decision between a licence and a presentation, made once on the decoded payload type. */
    private Verification reading(SignedForms.QrReading reading, boolean presentationOnly, Verifier who, Instant at) {
        String action = "VERIFY_PRESENTATION";
        return switch (reading) {
            case SignedForms.LicenceQr licence
            when presentationOnly ->
                licence(
                        action,
                        presentationFailure(at, Reason.NOT_A_PRESENTATION, "the QR is not a presentation token"));
            case SignedForms.LicenceQr licence -> licence("VERIFY_QR", licence.report());
            case SignedForms.PresentationRefused refused ->
                licence(action, presentationFailure(at, refused.reason(), refused.detail()));
            case SignedForms.PresentationQr presentation
            when who.isPublic() ->
                // a presentation is shown to a hall; the public checks printed licences
                licence(
                        action,
                        presentationFailure(
                                at,
                                Reason.PRESENTATION_FOR_HALLS,
                                "a presentation QR is checked by a service hall, not on the public page"));
            case SignedForms.PresentationQr presentation -> presented(presentation.presentation(), at);
        };
    }

    /** A presentation whose signature verified: its time, holder and single use, then its licence. */
    private Verification presented(Presentation token, Instant at) {
        String action = "VERIFY_PRESENTATION";
        Presented presented = new Presented(token.licenceId(), token.expires());
        if (at.isAfter(token.expires())) {
            return new Verification(
                    presentationFailure(
                            at,
                            Reason.PRESENTATION_EXPIRED,
                            "the presentation expired at " + token.expires() + "; ask the holder to show a fresh one"),
                    action,
                    presented);
        }
        if (token.issuedAt().isAfter(at.plus(SKEW))) {
            return new Verification(
                    presentationFailure(
                            at, Reason.PRESENTATION_NOT_YET_VALID, "the presentation is dated in the future"),
                    action,
                    presented);
        }
        LicenceId id = LicenceId.parse(token.licenceId());
        Optional<LicenceRecord> record = licences.find(id);
        if (record.isEmpty()) {
            return new Verification(
                    presentationFailure(at, Reason.NOT_IN_REPOSITORY, "the repository has no licence " + id),
                    action,
                    presented);
        }
        Holder holder = record.get().licence().holder();
        if (!token.boundTo(holder.idType().code(), holder.id())) {
            return new Verification(
                    presentationFailure(
                            at, Reason.PRESENTATION_HOLDER, "the presentation is not bound to this licence's holder"),
                    action,
                    presented);
        }
        if (!nonces.claimNonce(token.nonceHex(), id, at, token.expires())) {
            return new Verification(
                    presentationFailure(
                            at,
                            Reason.PRESENTATION_REPLAYED,
                            "this presentation was already used; a screenshot cannot"
                                    + " be shown twice — ask the holder to show a fresh one"),
                    action,
                    presented);
        }
        VerificationReport licence = storedQr(record.get(), at);
        VerificationReport report = VerificationReport.at(at)
                .check(Check.passed(PRESENTATION, "presented by the holder, valid until " + token.expires()))
                .checks(licence.checks())
                .claims(licence.claims())
                .signer(licence.signer())
                .path(licence.certificatePath(), licence.jurisdiction())
                .build();
        return new Verification(report, action, presented);
    }

    private static VerificationReport presentationFailure(Instant at, Reason reason, String detail) {
        return VerificationReport.of(at, List.of(Check.failed(PRESENTATION, reason, detail)));
    }

    /** The stored licence of an identifier, verified as a verifier would verify its QR. */
    private VerificationReport stored(LicenceId id, Instant at) {
        Optional<LicenceRecord> record;
        try {
            record = licences.find(id);
        } catch (ZhengzhaoException e) {
            if (e.code() != ErrorCode.STORAGE_UNAVAILABLE) {
                throw e;
            }
            return VerificationReport.of(
                    at,
                    List.of(
                            Check.indeterminate(
                                    STATUS, Reason.STATUS_UNAVAILABLE, "the repository cannot be read right now"),
                            Check.indeterminate(
                                    VERSION, Reason.STATUS_UNAVAILABLE, "the repository cannot be read right now")));
        }
        if (record.isEmpty()) {
            return VerificationReport.of(
                    at,
                    List.of(
                            Check.failed(STATUS, Reason.NOT_IN_REPOSITORY, "the repository has no licence " + id),
                            Check.skipped(VERSION, "not in the repository")));
        }
        return storedQr(record.get(), at);
    }

    /**
     * The licence's own QR as stored, verified: a hall sees what the holder's QR shows (the holder's
     * code masked, the key fields), not the full signed record.
     */
    private VerificationReport storedQr(LicenceRecord record, Instant at) {
        return switch (forms.readQr(record.signed().qrText(), at)) {
            case SignedForms.LicenceQr qr -> qr.report();
            case SignedForms.PresentationQr p -> presentationFailure(at, Reason.UNEXPECTED_TYPE, "not a licence QR");
            case SignedForms.PresentationRefused r ->
                presentationFailure(at, Reason.UNEXPECTED_TYPE, "not a licence QR");
        };
    }

    /** The status and version checks for a report whose signed content could be read. */
    List<Check> statusChecks(VerificationReport report, Instant at) {
        Optional<LicenceClaims> claims = report.claimsIfRead();
        if (claims.isEmpty()) {
            return List.of(
                    Check.skipped(STATUS, "the licence could not be read"),
                    Check.skipped(VERSION, "the licence could not be read"));
        }
        LicenceId id;
        try {
            id = LicenceId.parse(claims.get().licenceId());
        } catch (ZhengzhaoException e) {
            return List.of(Check.failed(STATUS, Reason.MALFORMED_LICENCE_ID, e.getMessage()));
        }
        Optional<StatusView> view;
        try {
            view = status.status(id);
        } catch (ZhengzhaoException e) {
            if (e.code() != ErrorCode.STORAGE_UNAVAILABLE) {
                throw e;
            }
            return List.of(
                    Check.indeterminate(
                            STATUS, Reason.STATUS_UNAVAILABLE, "the licence status cannot be learned right now"),
                    Check.indeterminate(
                            VERSION, Reason.STATUS_UNAVAILABLE, "the current version cannot be learned right now"));
        }
        if (view.isPresent()) {
            return List.of(statusCheck(view.get(), at), versionCheck(view.get()));
        }
        String jurisdiction = report.jurisdiction();
        if (jurisdiction != null && !jurisdiction.equals(homeJurisdiction)) {
            return foreign.status(claims.get(), jurisdiction, at)
                    .orElseGet(() -> List.of(
                            // its status is kept there; what stands for it here is the revocation
                            // check of its signer certificate's path
                            Check.skipped(
                                    STATUS,
                                    "a " + jurisdiction + " credential: its status is kept by " + jurisdiction
                                            + "; the signer certificate's revocation was checked on its path"),
                            Check.skipped(VERSION, "kept by " + jurisdiction)));
        }
        return List.of(
                Check.failed(STATUS, Reason.NOT_IN_REPOSITORY, "the repository has no licence " + id),
                Check.skipped(VERSION, "not in the repository"));
    }

    private static Check statusCheck(StatusView view, Instant at) {
        LicenceStatus effective = view.effectiveAt(at);
        return switch (effective) {
            case VALID -> Check.passed(STATUS, "valid (有效) in the repository");
            case SUSPENDED ->
                Check.failed(STATUS, Reason.SUSPENDED, "the licence is suspended (暂扣) since " + view.changedAt());
            case REVOKED ->
                Check.failed(STATUS, Reason.REVOKED, "the licence was revoked (吊销/撤销) at " + view.changedAt());
            case CANCELLED ->
                Check.failed(STATUS, Reason.CANCELLED, "the licence was cancelled (注销) at " + view.changedAt());
            case SUPERSEDED ->
                Check.failed(
                        STATUS, Reason.SUPERSEDED, "this version was superseded by version " + view.latestVersion());
            case EXPIRED -> Check.failed(STATUS, Reason.EXPIRED, "the licence expired (失效) after " + view.validUntil());
        };
    }

    private static Check versionCheck(StatusView view) {
        if (view.latestVersion() == view.id().version()) {
            return Check.passed(VERSION, "this is the current version");
        }
        LicenceId latest = new LicenceId(
                view.id().typeCode(), view.id().issuerCode(), view.id().serial(), view.latestVersion());
        return Check.failed(VERSION, Reason.SUPERSEDED, "the current version is " + latest);
    }
}
