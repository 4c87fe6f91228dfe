package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Online verification: the offline checks of a signed form (format, signature, trust, validity),
 * then the licence's current status and version from the repository. Status that cannot be
 * learned makes the outcome INDETERMINATE, never VALID.
 */
public final class OnlineVerification {

    private final Credentials credentials;
    private final PresentationCheck presentations;
    /** The jurisdiction whose licences this repository holds; others are verified through the bridge. */
    private final String homeJurisdiction;

    private final StatusLookup status;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers =
            new java.util.concurrent.ConcurrentHashMap<>();

    public OnlineVerification(
            Credentials credentials,
            PresentationCheck presentations,
            String homeJurisdiction,
            StatusLookup status,
            AuditTrail audit,
            Clock clock,
            MeterRegistry meters) {
        this.credentials = credentials;
        this.presentations = presentations;
        this.homeJurisdiction = homeJurisdiction;
        this.status = status;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    /** A report, and for a presentation token what was presented. */
    public record Answer(VerificationReport report, PresentationCheck.Presented presented) {}

    /**
     * A licence QR or a presentation token, told apart by the payload's type. The text is decoded as
     * a licence QR first — the common case, decoded once; only a text that fails there on format is
     * looked at as a presentation.
     */
    public Answer qr(String text, Caller caller) {
        return verify(caller, at -> {
            VerificationReport licence = credentials.verifyQr(text, at);
            if (!failedOnFormat(licence) || !PresentationCheck.applies(text)) {
                return new Step("VERIFY_QR", new PresentationCheck.Result(licence, null));
            }
            if (caller.role() == Role.PUBLIC) {
                // a presentation is shown to a hall; the public checks printed licences
                return new Step(
                        "VERIFY_PRESENTATION",
                        new PresentationCheck.Result(
                                failed(
                                        at,
                                        PresentationCheck.CHECK,
                                        "presentation-for-halls",
                                        "a presentation QR is checked by a service hall, not on the public page"),
                                null));
            }
            return new Step("VERIFY_PRESENTATION", presentations.verify(text, at));
        });
    }

    private static boolean failedOnFormat(VerificationReport report) {
        return report.check("format")
                .map(c -> c.result() == dev.zhengzhao.core.verify.CheckResult.FAILED)
                .orElse(false);
    }

    private static VerificationReport failed(Instant at, String check, String reason, String detail) {
        return new VerificationReport(List.of(Check.failed(check, reason, detail)), at, null, null, null, null);
    }

    public Answer image(byte[] image, Caller caller) {
        Credentials.ImageScan scan = credentials.scanImage(image);
        if (scan.text() == null) {
            return verify(
                    caller,
                    at -> new Step(
                            "VERIFY_IMAGE",
                            new PresentationCheck.Result(failed(at, "format", scan.reason(), scan.detail()), null)));
        }
        return qr(scan.text(), caller);
    }

    public Answer pdf(byte[] pdf, Caller caller) {
        return verify(
                caller,
                at -> new Step("VERIFY_PDF", new PresentationCheck.Result(credentials.verifyPdf(pdf, at), null)));
    }

    /** What was verified (the audit and metrics action) and its offline result. */
    private record Step(String action, PresentationCheck.Result result) {}

    private Answer verify(Caller caller, Function<Instant, Step> offline) {
        Timer.Sample sample = Timer.start(meters);
        Instant at = clock.instant();
        Step step = offline.apply(at);
        String action = step.action();
        PresentationCheck.Result result = step.result();
        VerificationReport report = result.report();
        report = report.with(statusChecks(report, at));
        sample.stop(timer(action, report.outcome()));
        if (caller.role() != Role.PUBLIC) {
            audit.record(new AuditTrail.Entry(
                    at,
                    caller.name(),
                    caller.role().name(),
                    action,
                    report.claimsIfRead().map(LicenceClaims::licenceId).orElse(null),
                    report.outcome().name(),
                    report.firstProblem().map(Check::reason).orElse(null)));
        }
        return new Answer(report, result.presented());
    }

    /** The verification timer per form and outcome, registered once rather than looked up by tags. */
    private Timer timer(String action, Outcome outcome) {
        return timers.computeIfAbsent(
                action + ' ' + outcome,
                k -> meters.timer("zz.verification", "form", action, "outcome", outcome.name()));
    }

    /** The status and version checks for a report whose signed content could be read. */
    List<Check> statusChecks(VerificationReport report, Instant at) {
        Optional<LicenceClaims> claims = report.claimsIfRead();
        if (claims.isEmpty()) {
            return List.of(
                    Check.skipped("status", "the licence could not be read"),
                    Check.skipped("version", "the licence could not be read"));
        }
        LicenceId id;
        try {
            id = LicenceId.parse(claims.get().licenceId());
        } catch (ZhengzhaoException e) {
            return List.of(Check.failed("status", "malformed-licence-id", e.getMessage()));
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
                            "status", "status-unavailable", "the licence status cannot be learned right now"),
                    Check.indeterminate(
                            "version", "status-unavailable", "the current version cannot be learned right now"));
        }
        if (view.isEmpty()) {
            String jurisdiction = report.jurisdiction();
            if (jurisdiction != null && !jurisdiction.equals(homeJurisdiction)) {
                // a credential of another jurisdiction (through the bridge): its status is kept there;
                // what stands for it here is the revocation check of its signer certificate's path
                return List.of(
                        Check.skipped(
                                "status",
                                "a " + jurisdiction + " credential: its status is kept by " + jurisdiction
                                        + "; the signer certificate's revocation was checked on its path"),
                        Check.skipped("version", "kept by " + jurisdiction));
            }
            return List.of(
                    Check.failed("status", "not-in-repository", "the repository has no licence " + id),
                    Check.skipped("version", "not in the repository"));
        }
        return List.of(statusCheck(view.get(), at), versionCheck(view.get()));
    }

    private static Check statusCheck(StatusView view, Instant at) {
        LicenceStatus effective = view.effectiveAt(at);
        if (effective == LicenceStatus.VALID) {
            return Check.passed("status", "valid (有效) in the repository");
        }
        String reason = effective.name().toLowerCase(Locale.ROOT);
        String detail =
                switch (effective) {
                    case SUSPENDED -> "the licence is suspended (暂扣) since " + view.changedAt();
                    case REVOKED -> "the licence was revoked (吊销/撤销) at " + view.changedAt();
                    case CANCELLED -> "the licence was cancelled (注销) at " + view.changedAt();
                    case SUPERSEDED -> "this version was superseded by version " + view.latestVersion();
                    case EXPIRED -> "the licence expired (失效) after " + view.validUntil();
                    default -> effective.name();
                };
        return Check.failed("status", reason, detail);
    }

    private static Check versionCheck(StatusView view) {
        if (view.latestVersion() == view.id().version()) {
            return Check.passed("version", "this is the current version");
        }
        LicenceId latest = new LicenceId(
                view.id().typeCode(), view.id().issuerCode(), view.id().serial(), view.latestVersion());
        return Check.failed("version", "superseded", "the current version is " + latest);
    }
}
