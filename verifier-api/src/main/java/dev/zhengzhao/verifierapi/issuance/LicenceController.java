package dev.zhengzhao.verifierapi.issuance;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.AmendLicence;
import dev.zhengzhao.core.issue.ChangeLicenceStatus;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.LicenceWriter.Stored;
import dev.zhengzhao.core.port.RenditionStore;
import dev.zhengzhao.core.port.StatusHistory;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.core.status.StatusEvent;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.audit.Audited;
import dev.zhengzhao.verifierapi.signing.Renditions;
import dev.zhengzhao.verifierapi.status.CachedStatusLookup;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issuers' API: issue, amend, change status, read, render. */
@RestController
@RequestMapping("/api/v1/licences")
public class LicenceController {
    private final IssueLicence issue;
    private final AmendLicence amend;
    private final ChangeLicenceStatus changeStatus;
    private final LicenceReader reader;
    private final StatusHistory history;
    private final RenditionStore renditions;
    private final Renditions credentials;
    private final CachedStatusLookup statusCache;
    private final Audited audited;
    private final Clock clock;
    private final MeterRegistry meters;

    public LicenceController(
            IssueLicence issue,
            AmendLicence amend,
            ChangeLicenceStatus changeStatus,
            LicenceReader reader,
            StatusHistory history,
            RenditionStore renditions,
            Renditions credentials,
            CachedStatusLookup statusCache,
            AuditTrail audit,
            Clock clock,
            MeterRegistry meters) {
        this.issue = issue;
        this.amend = amend;
        this.changeStatus = changeStatus;
        this.reader = reader;
        this.history = history;
        this.renditions = renditions;
        this.credentials = credentials;
        this.statusCache = statusCache;
        this.audited = new Audited(audit, clock);
        this.clock = clock;
        this.meters = meters;
    }

    /** The body of an amendment: the full new content and why. */
    public record AmendRequest(IssueRequest licence, String reason) {}

    /** The body of a status change. */
    public record StatusRequest(StatusAction action, String reason) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LicenceView> issue(
            @RequestBody IssueRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Caller caller) {
        caller.require(Role.ISSUER, Role.OPERATOR);
        Stored stored = audited(caller, "ISSUE", null, () -> issue.issue(request, idempotencyKey, caller.actor()));
        LicenceView view = LicenceView.of(stored.record(), clock.instant());
        return ResponseEntity.created(URI.create(view.links().get("self")))
                .header("Idempotent-Replayed", String.valueOf(stored.replayed()))
                .body(view);
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LicenceView> amend(
            @PathVariable String id,
            @RequestBody AmendRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Caller caller) {
        caller.require(Role.ISSUER, Role.OPERATOR);
        LicenceId current = LicenceId.parse(id);
        if (request.licence() == null) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD, "\"licence\" (the new version's content) is required");
        }
        Stored stored = audited(
                caller,
                "AMEND",
                current.text(),
                () -> amend.amend(current, request.licence(), idempotencyKey, caller.actor(), request.reason()));
        statusCache.changed(current);
        LicenceView view = LicenceView.of(stored.record(), clock.instant());
        return ResponseEntity.created(URI.create(view.links().get("self"))).body(view);
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    StatusEvent changeStatus(@PathVariable String id, @RequestBody StatusRequest request, Caller caller) {
        caller.require(Role.ISSUER, Role.OPERATOR);
        LicenceId licence = LicenceId.parse(id);
        StatusEvent event = audited(
                caller,
                "STATUS_"
                        + (request.action() == null ? "NONE" : request.action().name()),
                licence.text(),
                () -> changeStatus.change(licence, request.action(), request.reason(), caller.actor()));
        statusCache.changed(licence);
        return event;
    }

    @GetMapping("/{id}")
    LicenceView read(@PathVariable String id, Caller caller) {
        return LicenceView.of(readable(id, caller), clock.instant());
    }

    @GetMapping("/{id}/history")
    List<StatusEvent> history(@PathVariable String id, Caller caller) {
        LicenceRecord record = readable(id, caller);
        return history.history(record.id());
    }

    @GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] qrPng(@PathVariable String id, Caller caller) {
        LicenceRecord record = readable(id, caller);
        return rendition(
                record, "qr.png", () -> credentials.qrPng(record.signed().qrText()));
    }

    @GetMapping(path = "/{id}/qr.svg", produces = "image/svg+xml")
    byte[] qrSvg(@PathVariable String id, Caller caller) {
        LicenceRecord record = readable(id, caller);
        return rendition(record, "qr.svg", () -> credentials
                .qrSvg(record.signed().qrText())
                .getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, Caller caller) {
        LicenceRecord record = readable(id, caller);
        byte[] pdf = rendition(record, "pdf", () -> credentials.sealedPdf(record));
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "inline; filename=\"licence-" + record.licence().number() + ".pdf\"")
                .body(pdf);
    }

    /** Issuers read their own licences; the operator reads all. Halls go through consent. */
    private LicenceRecord readable(String id, Caller caller) {
        caller.require(Role.ISSUER, Role.OPERATOR);
        LicenceId licence = LicenceId.parse(id);
        caller.actor().requireMayActFor(licence.issuerCode());
        return reader.find(licence)
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + licence));
    }

    private byte[] rendition(LicenceRecord record, String kind, java.util.function.Supplier<byte[]> render) {
        return renditions.find(record.id(), kind).orElseGet(() -> renditions.keep(record.id(), kind, render.get()));
    }

    private <T> T audited(Caller caller, String action, String licenceId, java.util.function.Supplier<T> work) {
        return audited.run(
                caller,
                action,
                licenceId,
                work,
                result -> new Audited.Outcome(
                        result instanceof Stored s ? s.record().id().text() : licenceId, null));
    }
}
