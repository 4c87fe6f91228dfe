package dev.zhengzhao.tools.signing;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.VerificationReport;

/** A verification report as JSON, for {@code zz verify} (the same members as the HTTP API). */
final class ReportJson {
    private ReportJson() {}

    static String of(VerificationReport report) {
        CBORObject o = CBORObject.NewOrderedMap();
        o.Add("outcome", report.outcome().name());
        o.Add("validationTime", report.validationTime().toString());
        CBORObject checks = CBORObject.NewArray();
        for (Check c : report.checks()) {
            CBORObject check = CBORObject.NewOrderedMap();
            check.Add("name", c.name());
            check.Add("result", c.result().name());
            check.Add("reason", c.reason().code());
            check.Add("detail", c.detail());
            checks.Add(check);
        }
        o.Add("checks", checks);
        if (report.signer() != null) {
            CBORObject signer = CBORObject.NewOrderedMap();
            signer.Add("kid", report.signer().kid());
            if (report.signer().subject() != null) {
                signer.Add("subject", report.signer().subject());
            }
            signer.Add("algorithm", report.signer().algorithm());
            o.Add("signer", signer);
        }
        if (report.jurisdiction() != null) {
            o.Add("jurisdiction", report.jurisdiction());
        }
        CBORObject path = CBORObject.NewArray();
        report.certificatePath().forEach(path::Add);
        o.Add("certificatePath", path);
        if (report.claims() != null) {
            o.Add("claims", LicenceJson.claims(report.claims()));
        }
        return o.ToJSONString();
    }
}
