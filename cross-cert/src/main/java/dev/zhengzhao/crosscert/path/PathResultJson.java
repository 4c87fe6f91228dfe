package dev.zhengzhao.crosscert.path;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.crosscert.pki.Fingerprint;
import java.security.cert.X509Certificate;
import java.util.TreeSet;

/**
 * A {@link PathResult} as JSON, for the operator's "why is this certificate not trusted?" answer
 * (zz verify-path, and the service's diagnostics endpoint). Field names are stable.
 */
public final class PathResultJson {
    private PathResultJson() {}

    public static String write(PathResult result) {
        CBORObject root = CBORObject.NewOrderedMap();
        root.Add("result", result.result().name());
        root.Add("reason", result.reason());
        root.Add(
                "jurisdiction",
                result.jurisdiction() == null ? CBORObject.Null : CBORObject.FromObject(result.jurisdiction()));
        CBORObject path = CBORObject.NewArray();
        for (X509Certificate c : result.path()) {
            path.Add(CBORObject.NewOrderedMap()
                    .Add("subject", c.getSubjectX500Principal().getName())
                    .Add("issuer", c.getIssuerX500Principal().getName())
                    .Add("serial", c.getSerialNumber().toString(16))
                    .Add("notBefore", c.getNotBefore().toInstant().toString())
                    .Add("notAfter", c.getNotAfter().toInstant().toString())
                    .Add("sha256", Fingerprint.sha256(c)));
        }
        root.Add("path", path);
        CBORObject policies = CBORObject.NewArray();
        new TreeSet<>(result.policies()).forEach(policies::Add);
        root.Add("policies", policies);
        CBORObject failures = CBORObject.NewArray();
        for (Failure f : result.failures()) {
            failures.Add(CBORObject.NewOrderedMap()
                    .Add("reason", f.reason().code())
                    .Add("index", f.index())
                    .Add("subject", f.subject() == null ? CBORObject.Null : CBORObject.FromObject(f.subject()))
                    .Add("detail", f.detail())
                    .Add(
                            "engineMessage",
                            f.engineMessage() == null ? CBORObject.Null : CBORObject.FromObject(f.engineMessage())));
        }
        root.Add("failures", failures);
        return root.ToJSONString();
    }
}
