package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.HolderKind;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.CheckResult;
import dev.zhengzhao.core.verify.Indication;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.SubIndication;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.core.verify.VerifyLicence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validation report on the wire (see docs/api.md): the outcome, every check with its reason
 * code, the licence summary the caller may see, the signer, the certificate path and the time, and
 * the outcome in ETSI EN 319 102-1 terms (indication, and the deciding check's sub-indication).
 */
public record ReportView(
        Outcome outcome,
        Instant validationTime,
        List<CheckView> checks,
        LicenceSummary licence,
        VerificationReport.SignerInfo signer,
        List<String> certificatePath,
        String jurisdiction,
        VerifyLicence.Presented presentation,
        Indication indication,
        SubIndication subIndication) {

    /** One check on the wire: {@code reason} is the stable wire code. */
    public record CheckView(String name, CheckResult result, String reason, String detail) {
        static CheckView of(Check check) {
            return new CheckView(check.name(), check.result(), check.reason().code(), check.detail());
        }
    }

    /**
     * The licence as the caller may see it.
     *
     * @param holderName CZZT, masked for the public
     * @param holderId CZZTDM, masked for the public
     * @param fields the key fields from the signed payload; left out for the public
     */
    public record LicenceSummary(
            String id,
            String typeCode,
            String name,
            String number,
            String issuerCode,
            String issuerName,
            String holderName,
            String holderId,
            String holderIdType,
            LocalDate issueDate,
            LocalDate validFrom,
            LocalDate validUntil,
            Map<String, String> fields) {}

    public static ReportView of(VerifyLicence.Verification answer, boolean masked) {
        VerificationReport report = answer.report();
        LicenceSummary summary =
                report.claimsIfRead().map(c -> summary(c, masked)).orElse(null);
        return new ReportView(
                report.outcome(),
                report.validationTime(),
                checks(report.checks()),
                summary,
                report.signer(),
                report.certificatePath(),
                report.jurisdiction(),
                answer.presented(),
                report.indication(),
                report.subIndication().orElse(null));
    }

    private static List<CheckView> checks(List<Check> checks) {
        List<CheckView> views = new java.util.ArrayList<>(checks.size());
        for (Check c : checks) {
            views.add(CheckView.of(c));
        }
        return views;
    }

    static LicenceSummary summary(LicenceClaims c, boolean masked) {
        boolean organisation = isOrganisation(c.holderIdType());
        return new LicenceSummary(
                c.licenceId(),
                c.typeCode(),
                c.typeName(),
                c.number(),
                c.issuerCode(),
                c.issuerName(),
                masked ? Masking.name(c.holderName(), organisation) : c.holderName(),
                masked ? Masking.code(c.holderId()) : c.holderId(),
                c.holderIdType(),
                c.issueDate(),
                c.validFrom(),
                c.validUntil(),
                masked ? Map.of() : c.qrFields());
    }

    private static boolean isOrganisation(String holderIdType) {
        try {
            return HolderIdType.fromCode(holderIdType).kind() == HolderKind.LEGAL_PERSON;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
