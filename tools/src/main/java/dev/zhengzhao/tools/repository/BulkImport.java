package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.Actor;
import dev.zhengzhao.core.issue.IssueLicence;
import dev.zhengzhao.core.issue.IssueLicence.ItemResult;
import dev.zhengzhao.core.issue.IssueRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an NDJSON file of issue requests through {@link IssueLicence#issueAll} one chunk at a
 * time, so memory holds at most one chunk whatever the file size. A line that cannot be parsed or
 * issued is reported with its line number and does not stop the others.
 */
final class BulkImport {
    /** Lines longer than this are refused without being held in memory. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** What an import did. */
    record Summary(long lines, long imported, long failed, long duplicates) {}

    /** A read line: its request, or why it could not be read (reported in line order at the flush). */
    private record Pending(long line, IssueRequest request, ZhengzhaoException unreadable) {}

    private final IssueLicence issue;
    private final IssueRequestJson parser;
    private final Actor actor;
    private final int chunkSize;
    private final PrintWriter errors;
    private final List<Pending> pending = new ArrayList<>();
    private long lines;
    private long imported;
    private long failed;
    private long duplicates;

    BulkImport(IssueLicence issue, IssueRequestJson parser, Actor actor, int chunkSize, PrintWriter errors) {
        this.issue = issue;
        this.parser = parser;
        this.actor = actor;
        this.chunkSize = chunkSize;
        this.errors = errors;
    }

    /** Imports every non-blank line of {@code in}. */
    Summary run(InputStream in) throws IOException {
        NdjsonLines reader = new NdjsonLines(in, MAX_LINE_BYTES);
        NdjsonLines.Line line;
        while ((line = reader.next()) != null) {
            if (line.ok() && line.text().isBlank()) {
                continue;
            }
            lines++;
            if (!line.ok()) {
                pending.add(new Pending(
                        line.number(), null, new ZhengzhaoException(ErrorCode.INVALID_REQUEST, line.problem())));
            } else {
                try {
                    pending.add(new Pending(line.number(), parser.parse(line.text()), null));
                } catch (ZhengzhaoException e) {
                    pending.add(new Pending(line.number(), null, e));
                }
            }
            if (pending.size() >= chunkSize) {
                flush();
            }
        }
        flush();
        errors.flush();
        return new Summary(lines, imported, failed, duplicates);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<IssueRequest> requests =
                pending.stream().map(Pending::request).filter(r -> r != null).toList();
        List<ItemResult> results = requests.isEmpty() ? List.of() : issue.issueAll(requests, actor);
        int next = 0;
        for (Pending p : pending) {
            if (p.request() == null) {
                fail(p.line(), p.unreadable().code(), p.unreadable().getMessage());
                continue;
            }
            ItemResult result = results.get(next++);
            if (result.ok()) {
                imported++;
            } else {
                fail(p.line(), result.error(), result.message());
            }
        }
        pending.clear();
    }

    private void fail(long line, ErrorCode code, String message) {
        failed++;
        if (code == ErrorCode.DUPLICATE_LICENCE_NUMBER || code == ErrorCode.DUPLICATE_LICENCE_ID) {
            duplicates++;
        }
        errors.println("line " + line + ": " + code.slug() + ": " + message);
    }
}
