package dev.zhengzhao.crosscert.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the NIST PKITS cases (resources/pkits, see its MANIFEST.txt and NOTICE.txt) through our path
 * builder and validator: the anchor is certs[0], the end entity certs[-1], and everything between
 * goes into the candidate pool (some are CRL signers, not path members). Expected outcome and, for
 * valid paths, the user-constrained policy set are compared.
 */
class PkitsConformanceTest {
    /** Cases not run, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of();

    /**
     * The reason codes a failing case of a section may give: pins the mapping of the engine's
     * failures to our stable codes.
     */
    static final Map<String, Set<String>> REASONS = Map.of(
            "4.2.", Set.of("expired", "not-yet-valid"),
            "4.6.", Set.of("not-a-ca", "path-length-exceeded"),
            "4.7.", Set.of("key-usage"),
            "4.8.", Set.of("policy-not-acceptable"),
            "4.9.", Set.of("policy-not-acceptable"),
            "4.10.", Set.of("policy-not-acceptable"),
            "4.11.", Set.of("policy-not-acceptable"),
            "4.12.", Set.of("policy-not-acceptable"),
            "4.13.", Set.of("name-constraint-violated"),
            "4.15.", Set.of("revoked", "revocation-unknown"));

    @Test
    void pkitsCasesMatchExpectedResults() throws Exception {
        CBORObject suite = CBORObject.ReadJSON(resource("pkits.json"));
        Instant at = Instant.parse(suite.get("validation_time").AsString());
        CBORObject oids = suite.get("policy_oids");
        int passed = 0;
        Map<String, String> failed = new TreeMap<>();
        for (CBORObject tc : suite.get("testcases").getValues()) {
            String name =
                    tc.get("test_number").AsString() + " " + tc.get("title").AsString();
            if (EXCLUDED.containsKey(tc.get("test_number").AsString())) {
                continue;
            }
            String problem = run(tc, at, oids);
            if (problem == null) {
                passed++;
            } else {
                failed.put(name, problem);
            }
        }
        failed.forEach((k, v) -> System.out.println("PKITS FAILED " + k + ": " + v));
        EXCLUDED.forEach((k, v) -> System.out.println("PKITS EXCLUDED " + k + ": " + v));
        System.out.println("PKITS: " + passed + " passed, " + failed.size() + " failed");
        assertEquals(Map.of(), failed);
    }

    private static String run(CBORObject tc, Instant at, CBORObject oids) throws Exception {
        List<String> certNames = strings(tc.get("certs"));
        X509Certificate anchorCert = cert(certNames.get(0));
        X509Certificate leaf = cert(certNames.get(certNames.size() - 1));
        List<X509Certificate> middle = new ArrayList<>();
        for (String n : certNames.subList(1, certNames.size() - 1)) {
            middle.add(cert(n));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String n : strings(tc.get("crls"))) {
            crls.add(crl(n));
        }
        Set<String> initial = new HashSet<>();
        for (String p : strings(tc.get("initial_policy_set"))) {
            if (!"anyPolicy".equals(p)) {
                initial.add(oids.get(p).AsString());
            }
        }
        ValidationPolicy policy = new ValidationPolicy(
                initial,
                tc.get("initial_explicit_policy").AsBoolean(),
                tc.get("initial_policy_mapping_inhibit").AsBoolean(),
                tc.get("initial_inhibit_any_policy").AsBoolean(),
                false);
        Anchor anchor = new Anchor(anchorCert, "NIST", initial);
        PathBuilder builder = new PathBuilder(List.of(anchor), new CandidatePool(middle), BuildLimits.DEFAULT);
        PathValidator validator = new PathValidator();
        PathResult result = null;
        for (CandidatePath path : builder.search(leaf, at).paths()) {
            result = validator.validate(path, at, policy, new Revocation.Crls(crls, middle));
            if (result.isValid()) {
                break;
            }
        }
        boolean expected = tc.get("should_validate").AsBoolean();
        boolean actual = result != null && result.isValid();
        if (expected != actual) {
            return "expected " + (expected ? "valid" : "invalid") + " but was "
                    + (result == null ? "no-path" : result.reason() + " " + result.failures());
        }
        if (actual && tc.get("user_constrained_policy_set") != null) {
            Set<String> want = new HashSet<>();
            for (String p : strings(tc.get("user_constrained_policy_set"))) {
                want.add(oids.get(p).AsString());
            }
            if (!want.equals(result.policies())) {
                return "policies " + result.policies() + " but expected " + want;
            }
        }
        if (!actual && result != null) {
            String number = tc.get("test_number").AsString();
            for (Map.Entry<String, Set<String>> section : REASONS.entrySet()) {
                if (number.startsWith(section.getKey()) && !section.getValue().contains(result.reason())) {
                    return "reason " + result.reason() + " not among " + section.getValue() + ": "
                            + result.failures().get(0).detail();
                }
            }
        }
        return null;
    }

    private static List<String> strings(CBORObject array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.getValues().forEach(v -> out.add(v.AsString()));
        }
        return out;
    }

    private static X509Certificate cert(String name) throws IOException, GeneralSecurityException {
        try (InputStream in = resource("certs/" + name + ".crt")) {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509", Providers.bc()).generateCertificate(in);
        }
    }

    private static X509CRL crl(String name) throws IOException, GeneralSecurityException {
        try (InputStream in = resource("crls/" + name + ".crl")) {
            return (X509CRL)
                    CertificateFactory.getInstance("X.509", Providers.bc()).generateCRL(in);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = PkitsConformanceTest.class.getResourceAsStream("/pkits/" + path);
        if (in == null) {
            throw new IOException("missing test resource pkits/" + path);
        }
        return in;
    }
}
