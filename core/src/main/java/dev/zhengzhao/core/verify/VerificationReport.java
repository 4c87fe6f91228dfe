package dev.zhengzhao.core.verify;

import dev.zhengzhao.core.signing.LicenceClaims;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "is this licence genuine and in force?": a value, never an exception.
 *
 * <p>The outcome follows from the checks: any FAILED check makes it INVALID; otherwise any
 * INDETERMINATE check makes it INDETERMINATE; otherwise VALID.
 *
 * @param checks every check made, in order
 * @param validationTime the time the report speaks for (an explicit input, not "now")
 * @param claims the signed licence content, when the signature could be read
 * @param signer who signed (kid, subject, algorithm), when known
 * @param certificatePath the signer's certificate path to a trust anchor, leaf first, when built
 */
public record VerificationReport(
        List<Check> checks,
        Instant validationTime,
        LicenceClaims claims,
        SignerInfo signer,
        List<String> certificatePath,
        String jurisdiction) {

    public VerificationReport {
        checks = List.copyOf(checks);
        Objects.requireNonNull(validationTime, "validationTime");
        certificatePath = certificatePath == null ? List.of() : List.copyOf(certificatePath);
    }

    /** Who signed a licence. */
    public record SignerInfo(String kid, String subject, String algorithm) {}

    /** INVALID if any check failed, else INDETERMINATE if any could not decide (or none ran), else VALID. */
    public Outcome outcome() {
        if (firstWith(CheckResult.FAILED) != null) {
            return Outcome.INVALID;
        }
        return checks.isEmpty() || firstWith(CheckResult.INDETERMINATE) != null ? Outcome.INDETERMINATE : Outcome.VALID;
    }

    public Optional<LicenceClaims> claimsIfRead() {
        return Optional.ofNullable(claims);
    }

    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The first failing or indeterminate check: the reason to show a person. */
    public Optional<Check> firstProblem() {
        Check failed = firstWith(CheckResult.FAILED);
        return Optional.ofNullable(failed != null ? failed : firstWith(CheckResult.INDETERMINATE));
    }

    // loops, not streams: the service asks these several times per verification
    private Check firstWith(CheckResult result) {
        for (Check c : checks) {
            if (c.result() == result) {
                return c;
            }
        }
        return null;
    }

    /** A copy with more checks appended (e.g. the online status check after the offline ones). */
    public VerificationReport with(List<Check> more) {
        List<Check> all = new ArrayList<>(checks);
        all.addAll(more);
        return new VerificationReport(all, validationTime, claims, signer, certificatePath, jurisdiction);
    }

    /** A copy with the trust path and jurisdiction filled in. */
    public VerificationReport withPath(List<String> path, String jurisdiction) {
        return new VerificationReport(checks, validationTime, claims, signer, path, jurisdiction);
    }
}
