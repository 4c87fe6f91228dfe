package dev.zhengzhao.verifierapi.issuance;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.LimitsProperties;
import dev.zhengzhao.verifierapi.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/licences:bulk}: NDJSON in, NDJSON out, streamed. Lines are read, checked,
 * signed and stored in chunks; each chunk's results are written and flushed before the next chunk
 * is read, so thousands of licences pass in one request with bounded memory. A bad line never
 * stops or rolls back the others; each result line names its input line.
 */
@RestController
public class BulkIssueController {
    private static final int CHUNK = 500;

    private final IssueLicence issue;
    private final ObjectMapper json;
    private final LimitsProperties limits;
    private final AuditTrail audit;
    private final Clock clock;

    public BulkIssueController(
            IssueLicence issue, ObjectMapper json, LimitsProperties limits, AuditTrail audit, Clock clock) {
        this.issue = issue;
        this.json = json;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/licences:bulk", consumes = "application/x-ndjson", produces = "application/x-ndjson")
    void bulk(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        caller.require(Role.ISSUER, Role.OPERATOR);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        int line = 0;
        int ok = 0;
        int failed = 0;
        Writer out = response.getWriter();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            List<Integer> lines = new ArrayList<>();
            List<IssueRequest> chunk = new ArrayList<>();
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (line > limits.maxBulkItems()) {
                    write(
                            out,
                            result(
                                    line,
                                    null,
                                    ErrorCode.PAYLOAD_TOO_LARGE.slug(),
                                    "a bulk request carries at most " + limits.maxBulkItems()
                                            + " lines; the rest was not read"));
                    failed++;
                    break;
                }
                try {
                    chunk.add(json.readValue(text, IssueRequest.class));
                    lines.add(line);
                } catch (RuntimeException e) {
                    write(
                            out,
                            result(
                                    line,
                                    null,
                                    ErrorCode.MALFORMED_BODY.slug(),
                                    "line " + line + " is not a licence request in JSON"));
                    failed++;
                }
                if (chunk.size() == CHUNK) {
                    int[] counts = flush(chunk, lines, caller, out);
                    ok += counts[0];
                    failed += counts[1];
                }
            }
            int[] counts = flush(chunk, lines, caller, out);
            ok += counts[0];
            failed += counts[1];
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("summary", true);
        summary.put("lines", line);
        summary.put("issued", ok);
        summary.put("failed", failed);
        write(out, summary);
        audit.record(new AuditTrail.Entry(
                clock.instant(),
                caller.name(),
                caller.role().name(),
                "ISSUE_BULK",
                null,
                "OK",
                ok + " issued, " + failed + " failed"));
    }

    private int[] flush(List<IssueRequest> chunk, List<Integer> lines, Caller caller, Writer out) throws IOException {
        if (chunk.isEmpty()) {
            return new int[2];
        }
        int ok = 0;
        int failed = 0;
        for (IssueLicence.ItemResult r : issue.issueAll(chunk, caller.actor())) {
            int line = lines.get(r.index());
            if (r.ok()) {
                ok++;
                write(out, result(line, r.id().text(), null, null));
            } else {
                failed++;
                write(out, result(line, null, r.error().slug(), r.message()));
            }
        }
        chunk.clear();
        lines.clear();
        out.flush();
        return new int[] {ok, failed};
    }

    private static Map<String, Object> result(int line, String id, String error, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        if (id != null) {
            m.put("id", id);
        } else {
            m.put("error", error);
            m.put("detail", detail);
        }
        return m;
    }

    private static void write(Writer out, Map<String, Object> value) throws IOException {
        out.write(Json.write(value));
        out.write('\n');
    }
}
