package dev.zhengzhao.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasonTest {
    @Test
    void everyCodeNamesOneReasonAndReadsBack() {
        for (Reason r : Reason.values()) {
            assertTrue(r.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.code());
            assertEquals(Optional.of(r), Reason.fromCode(r.code()));
        }
        assertEquals(Optional.empty(), Reason.fromCode("no-such-reason"));
    }

    @Test
    void signatureReasonsCarryTheirEtsiSubIndication() {
        assertEquals(SubIndication.HASH_FAILURE, Reason.DIGEST_MISMATCH.subIndication());
        assertEquals(SubIndication.SIG_CRYPTO_FAILURE, Reason.SIGNATURE_MISMATCH.subIndication());
        assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, Reason.NO_PATH.subIndication());
        assertEquals(SubIndication.TRY_LATER, Reason.STATUS_UNAVAILABLE.subIndication());
        assertEquals(CheckResult.INDETERMINATE, Reason.UNKNOWN_KID.result());
        // a reason about the licence rather than its signature has none
        assertNull(Reason.SUSPENDED.subIndication());
        for (Reason r : Reason.values()) {
            if (r.result() == CheckResult.INDETERMINATE) {
                assertNotNull(r.subIndication(), r.code());
            }
        }
    }

    @Test
    void theReportsIndicationFollowsItsOutcomeAndDecidingCheck() {
        VerificationReport failed = VerificationReport.of(
                Instant.EPOCH,
                List.of(Check.passed("format", ""), Check.notPassed("integrity", Reason.DIGEST_MISMATCH, "changed")));
        assertEquals(Indication.TOTAL_FAILED, failed.indication());
        assertEquals(Optional.of(SubIndication.HASH_FAILURE), failed.subIndication());
        VerificationReport unsure = VerificationReport.of(
                Instant.EPOCH, List.of(Check.notPassed("status", Reason.STATUS_UNAVAILABLE, "later")));
        assertEquals(Indication.INDETERMINATE, unsure.indication());
        VerificationReport passed = VerificationReport.of(Instant.EPOCH, List.of(Check.passed("format", "")));
        assertEquals(Indication.TOTAL_PASSED, passed.indication());
        assertEquals(Optional.empty(), passed.subIndication());
    }
}
