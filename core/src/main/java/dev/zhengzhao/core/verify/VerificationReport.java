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
 * @param jurisdiction the jurisdiction the credential comes from (GD, HK, MO), when trust named one
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

    /** A report for {@code validationTime}, built check by check. */
    public static Builder at(Instant validationTime) {
        return new Builder(validationTime);
    }

    /** A report made of {@code checks} alone: nothing was read (e.g. a refused input). */
    public static VerificationReport of(Instant validationTime, List<Check> checks) {
        return at(validationTime).checks(checks).build();
    }

    /** A builder holding what this report holds, to add to it. */
    public Builder toBuilder() {
        return at(validationTime).checks(checks).claims(claims).signer(signer).path(certificatePath, jurisdiction);
    }

    /** The ETSI EN 319 102-1 indication of the whole report. */
    public Indication indication() {
        return Indication.of(outcome());
    }

    /** The sub-indication of the deciding check, if the report did not pass and its reason has one. */
    public Optional<SubIndication> subIndication() {
        return firstProblem().map(c -> c.reason().subIndication());
    }

    /** Builds a report; what is not set stays absent. */
    public static final class Builder {
        private final Instant validationTime;
        private final List<Check> checks = new ArrayList<>(8);
        private LicenceClaims claims;
        private SignerInfo signer;
        private List<String> path = List.of();
        private String jurisdiction;

        private Builder(Instant validationTime) {
            this.validationTime = Objects.requireNonNull(validationTime, "validationTime");
        }

        public Builder check(Check check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        public Builder checks(List<Check> more) {
            checks.addAll(more);
            return this;
        }

        /** The signed licence content: set only once its signature verified. */
        public Builder claims(LicenceClaims claims) {
            this.claims = claims;
            return this;
        }

        public Builder signer(SignerInfo signer) {
            this.signer = signer;
            return this;
        }

        /** The signer's certificate path (leaf first) and the jurisdiction the credential comes from. */
        public Builder path(List<String> path, String jurisdiction) {
            this.path = path == null ? List.of() : path;
            this.jurisdiction = jurisdiction;
            return this;
        }

        /** Whether a check of this name was added. */
        public boolean has(String name) {
            for (Check c : checks) {
                if (c.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        public VerificationReport build() {
            return new VerificationReport(checks, validationTime, claims, signer, path, jurisdiction);
        }
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
        return toBuilder().checks(more).build();
    }
}
