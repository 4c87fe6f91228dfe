package dev.zhengzhao.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationReportTest {
    private static final Check OK = Check.passed("format", "ok");
    private static final Check SKIPPED = Check.skipped("version", "not read");
    private static final Check UNSURE = Check.indeterminate("status", Reason.STATUS_UNAVAILABLE, "no answer");
    private static final Check BROKEN = Check.failed("signature", Reason.SIGNATURE_MISMATCH, "does not verify");

    private static VerificationReport of(Check... checks) {
        return VerificationReport.of(Instant.EPOCH, List.of(checks));
    }

    @Test
    void aFailureOutranksAnIndeterminateCheckWhereverItStands() {
        assertEquals(Outcome.INVALID, of(UNSURE, OK, BROKEN).outcome());
        assertEquals(Optional.of(BROKEN), of(UNSURE, OK, BROKEN).firstProblem());
        assertEquals(Outcome.INDETERMINATE, of(OK, UNSURE, SKIPPED).outcome());
        assertEquals(Optional.of(UNSURE), of(OK, UNSURE).firstProblem());
    }

    @Test
    void onlyPassedOrSkippedChecksAreValidAndNoChecksAreNot() {
        assertEquals(Outcome.VALID, of(OK, SKIPPED).outcome());
        assertEquals(Optional.empty(), of(OK, SKIPPED).firstProblem());
        assertEquals(Outcome.INDETERMINATE, of().outcome());
    }
}
