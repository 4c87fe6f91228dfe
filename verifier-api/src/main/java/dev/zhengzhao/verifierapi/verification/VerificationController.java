package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.StatusLookup;
import dev.zhengzhao.core.status.StatusView;
import dev.zhengzhao.core.verify.Form;
import dev.zhengzhao.core.verify.Verifier;
import dev.zhengzhao.core.verify.VerifyLicence;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Verification for halls (full report) and the public (masked report), and status by identifier.
 * The same checks run for both; only what the answer shows differs.
 */
@RestController
public class VerificationController {
    /** The JSON QR routes: the hottest in the service, timed by {@code zz.verification} alone. */
    public static final String QR_ROUTE = "/api/v1/verify";

    public static final String PUBLIC_QR_ROUTE = "/api/v1/public/verify";

    private static final int MAX_QR_TEXT = 4096;

    private final VerifyLicence verification;
    private final VerificationTimers timers;
    private final StatusLookup status;
    private final LicenceReader reader;
    private final Clock clock;
    /*
     * The two JSON QR routes are the hottest in the service. They read and write their bodies
     * with a reader and a writer built once from the service's mapper, not through Spring's
     * message converters, whose per-request work (copying the headers, choosing a converter,
     * setting up a writer) cost about a twentieth of a verification's CPU. The mapping still
     * checks Content-Type and Accept, and errors still become problem JSON.
     */
    private final ObjectReader qrReader;
    private final ObjectWriter reportWriter;

    public VerificationController(
            VerifyLicence verification,
            VerificationTimers timers,
            StatusLookup status,
            LicenceReader reader,
            Clock clock,
            ObjectMapper json) {
        this.verification = verification;
        this.timers = timers;
        this.status = status;
        this.reader = reader;
        this.clock = clock;
        this.qrReader = json.readerFor(QrRequest.class);
        this.reportWriter = json.writerFor(ReportView.class);
    }

    /**
     * The body of a QR verification. A class, not a record, on the hottest path: Jackson fills a
     * field directly, where for a record it calls the constructor through
     * {@code MethodHandle.invokeWithArguments}, which builds a spreader on every request.
     */
    public static final class QrRequest {
        /** The scanned QR text ({@code ZZ1:…}). */
        public String qr;

        String qr() {
            return qr;
        }
    }

    @PostMapping(
            path = QR_ROUTE,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a scanned QR: the full report")
    @QrVerificationDoc
    void verify(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        requireVerifier(caller);
        String qr = qrText(readQr(request));
        writeReport(ReportView.of(verify(new Form.QrText(qr), caller), false), response);
    }

    @PostMapping(path = "/api/v1/verify/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportView verifyImage(@RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        requireVerifier(caller);
        return ReportView.of(verify(new Form.QrImage(image(file)), caller), false);
    }

    @PostMapping(
            path = "/api/v1/verify/pdf",
            consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ReportView verifyPdf(
            @RequestBody(required = false) byte[] body,
            @RequestPart(name = "file", required = false) MultipartFile file,
            Caller caller)
            throws IOException {
        requireVerifier(caller);
        return ReportView.of(verify(new Form.Pdf(pdf(body, file)), caller), false);
    }

    @PostMapping(
            path = PUBLIC_QR_ROUTE,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a scanned QR: the report with personal data masked")
    @QrVerificationDoc
    void publicVerify(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String qr = qrText(readQr(request));
        writeReport(ReportView.of(verify(new Form.QrText(qr), Caller.PUBLIC), true), response);
    }

    @PostMapping(path = "/api/v1/public/verify/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportView publicVerifyImage(@RequestPart("file") MultipartFile file) throws IOException {
        return ReportView.of(verify(new Form.QrImage(image(file)), Caller.PUBLIC), true);
    }

    @PostMapping(
            path = "/api/v1/public/verify/pdf",
            consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ReportView publicVerifyPdf(
            @RequestBody(required = false) byte[] body,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return ReportView.of(verify(new Form.Pdf(pdf(body, file)), Caller.PUBLIC), true);
    }

    /** The body of a verification by identifier. */
    public record IdRequest(String id) {}

    @PostMapping(
            path = "/api/v1/verify/id",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a licence by its identifier: its stored QR and its status, the full report")
    ReportView verifyId(@RequestBody IdRequest request, Caller caller) {
        requireVerifier(caller);
        if (request == null || request.id() == null || request.id().isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "\"id\" (the licence identifier) is required");
        }
        return ReportView.of(
                verify(new Form.Identifier(LicenceId.parse(request.id().strip())), caller), false);
    }

    /** The verification use case for this caller, timed per form and outcome. */
    private VerifyLicence.Verification verify(Form form, Caller caller) {
        Verifier who = caller.role() == Role.PUBLIC
                ? Verifier.PUBLIC
                : new Verifier(caller.name(), caller.role().name());
        return timers.timed(() -> verification.verify(form, who));
    }

    /** The status of a licence by identifier, for halls and issuers. */
    public record StatusAnswer(
            String id,
            String status,
            String storedStatus,
            LocalDate validUntil,
            int currentVersion,
            Instant changedAt,
            Instant at) {}

    @GetMapping("/api/v1/licences/{id}/status")
    StatusAnswer status(@PathVariable String id, Caller caller) {
        caller.require(Role.HALL, Role.ISSUER, Role.OPERATOR);
        LicenceId licence = LicenceId.parse(id);
        StatusView view = status.status(licence)
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + licence));
        Instant now = clock.instant();
        return new StatusAnswer(
                licence.text(),
                view.effectiveAt(now).name(),
                view.stored().name(),
                view.validUntil(),
                view.latestVersion(),
                view.changedAt(),
                now);
    }

    /** The public register (人员资格、企业资质查询): a printed number and the holder's exact name. */
    @GetMapping("/api/v1/public/register")
    List<ReportView.LicenceSummary> register(@RequestParam String number, @RequestParam String holderName) {
        if (number.isBlank() || holderName.isBlank() || number.length() > 64 || holderName.length() > 200) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "give the licence number and the holder's full name");
        }
        Instant now = clock.instant();
        return reader.findByNumber(number.strip(), 20).stream()
                .filter(r -> r.licence().holder().name().equals(holderName.strip()))
                .map(r -> registerEntry(r, now))
                .toList();
    }

    private static ReportView.LicenceSummary registerEntry(LicenceRecord r, Instant now) {
        var l = r.licence();
        ReportView.LicenceSummary masked = new ReportView.LicenceSummary(
                l.id().text(),
                l.typeCode().value(),
                l.name() + " [" + dev.zhengzhao.core.status.StatusLifecycle.effective(l.status(), l.validUntil(), now)
                        + "]",
                l.number(),
                l.issuerCode().value(),
                l.issuerName(),
                l.holder().name(),
                null,
                l.holder().idType().code(),
                l.issueDate(),
                l.validFrom(),
                l.validUntil(),
                java.util.Map.of());
        return masked;
    }

    private static void requireVerifier(Caller caller) {
        caller.require(Role.HALL, Role.ISSUER, Role.OPERATOR);
    }

    /** The body as a {@link QrRequest}; anything else is the same problem Spring's converter gives. */
    private QrRequest readQr(HttpServletRequest request) throws IOException {
        QrRequest body;
        try {
            body = qrReader.readValue(request.getInputStream());
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "the body is not a QR request", e, new ServletServerHttpRequest(request));
        }
        if (body == null) {
            throw new HttpMessageNotReadableException("the body is JSON null", new ServletServerHttpRequest(request));
        }
        return body;
    }

    private void writeReport(ReportView report, HttpServletResponse response) throws IOException {
        byte[] json = reportWriter.writeValueAsBytes(report);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static String qrText(QrRequest request) {
        if (request == null || request.qr() == null || request.qr().isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "\"qr\" (the scanned QR text) is required");
        }
        if (request.qr().length() > MAX_QR_TEXT) {
            throw new ZhengzhaoException(
                    ErrorCode.PAYLOAD_TOO_LARGE, "QR text longer than " + MAX_QR_TEXT + " characters");
        }
        return request.qr().strip();
    }

    private static byte[] image(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD, "upload the photo or scan as multipart field \"file\"");
        }
        return file.getBytes();
    }

    private static byte[] pdf(byte[] body, MultipartFile file) throws IOException {
        byte[] pdf = file != null && !file.isEmpty() ? file.getBytes() : body;
        if (pdf == null || pdf.length == 0) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD,
                    "send the PDF as the body (application/pdf) or as multipart field \"file\"");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new ZhengzhaoException(ErrorCode.NOT_A_PDF, "the upload is not a PDF (it does not start with %PDF-)");
        }
        return pdf;
    }
}
