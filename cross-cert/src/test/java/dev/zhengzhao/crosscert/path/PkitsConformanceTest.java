package dev.zhengzhao.crosscert.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the NIST PKITS cases (resources/pkits, see its MANIFEST.txt and NOTICE.txt) through the
 * trust entry point the service uses, {@link BridgeSignerTrust#validate}, one JUnit case per
 * testcase of pkits.json (named by its title, e.g. "4.1.1 Valid Signatures Test1"; the policy tests
 * of 4.8, 4.10 and 4.12 come in "Subpart"s of one test number). The anchor is certs[0], the end
 * entity certs[-1], and everything between goes into the candidate pool (some are CRL signers, not
 * path members); revocation is the engine's full CRL processing over the case's CRLs. Expected
 * outcome, for valid paths the user-constrained policy set, and for invalid ones the section's
 * reason codes are compared.
 */
class PkitsConformanceTest {
    /** Testcases in pkits.json (MANIFEST.txt): every one runs unless its test number is excluded. */
    static final int CASES = 249;

    /** Test numbers not run, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of();

    /**
     * The reasons a failing case of a section may give: pins the mapping of the engine's failures
     * to our stable codes.
     */
    static final Map<String, Set<Reason>> REASONS = Map.of(
            "4.2.", Set.of(Reason.EXPIRED, Reason.NOT_YET_VALID),
            "4.6.", Set.of(Reason.NOT_A_CA, Reason.PATH_LENGTH_EXCEEDED),
            "4.7.", Set.of(Reason.KEY_USAGE),
            "4.8.", Set.of(Reason.POLICY_NOT_ACCEPTABLE),
            "4.9.", Set.of(Reason.POLICY_NOT_ACCEPTABLE),
            "4.10.", Set.of(Reason.POLICY_NOT_ACCEPTABLE),
            "4.11.", Set.of(Reason.POLICY_NOT_ACCEPTABLE),
            "4.12.", Set.of(Reason.POLICY_NOT_ACCEPTABLE),
            "4.13.", Set.of(Reason.NAME_CONSTRAINT_VIOLATED),
            "4.15.", Set.of(Reason.REVOKED, Reason.REVOCATION_UNKNOWN));

    static final CBORObject SUITE = suite();
    static final Instant AT = Instant.parse(SUITE.get("validation_time").AsString());
    static final CBORObject OIDS = SUITE.get("policy_oids");

    static final AtomicInteger PASSED = new AtomicInteger();
    static final Map<String, String> FAILED = new ConcurrentSkipListMap<>();

    /**
     * Runs only some cases when set: comma-separated test numbers ({@code 4.8.1}) or sections
     * ending in a dot ({@code 4.13.}), e.g. {@code mvn -o verify -pl cross-cert -Dpkits.case=4.8.1}.
     */
    static final String SELECT = System.getProperty("pkits.case", "");

    static Stream<Arguments> cases() {
        return testcases().stream()
                .filter(PkitsConformanceTest::selected)
                .map(tc -> Arguments.of(Named.of(tc.get("title").AsString(), tc)));
    }

    private static boolean selected(CBORObject tc) {
        if (SELECT.isBlank()) {
            return true;
        }
        String number = tc.get("test_number").AsString();
        for (String wanted : SELECT.split(",")) {
            String w = wanted.strip();
            if (w.equals(number) || (w.endsWith(".") && number.startsWith(w))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pkitsCase(CBORObject tc) throws Exception {
        String number = tc.get("test_number").AsString();
        Assumptions.assumeFalse(EXCLUDED.containsKey(number), () -> "excluded: " + EXCLUDED.get(number));
        String problem;
        try {
            problem = run(tc);
        } catch (Exception e) {
            FAILED.put(tc.get("title").AsString(), e.toString());
            throw e;
        }
        if (problem == null) {
            PASSED.incrementAndGet();
        } else {
            FAILED.put(tc.get("title").AsString(), problem);
            fail(tc.get("title").AsString() + ": " + problem);
        }
    }

    @Test
    void everyCaseOfTheSuiteRuns() {
        List<CBORObject> all = testcases();
        assertEquals(CASES, all.size(), "testcases in pkits.json");
        if (SELECT.isBlank()) {
            assertEquals(CASES, cases().count(), "JUnit cases");
        }
        Set<String> titles = all.stream().map(tc -> tc.get("title").AsString()).collect(Collectors.toSet());
        assertEquals(CASES, titles.size(), "every case has its own name");
        Set<String> numbers =
                all.stream().map(tc -> tc.get("test_number").AsString()).collect(Collectors.toSet());
        assertTrue(numbers.containsAll(EXCLUDED.keySet()), "EXCLUDED names test numbers the suite does not have");
        EXCLUDED.forEach((number, why) -> assertTrue(!why.isBlank(), "no reason given to exclude " + number));
    }

    @AfterAll
    static void summary() {
        FAILED.forEach((k, v) -> System.out.println("PKITS FAILED " + k + ": " + v));
        EXCLUDED.forEach((k, v) -> System.out.println("PKITS EXCLUDED " + k + ": " + v));
        System.out.println("PKITS: " + PASSED.get() + " passed, " + FAILED.size() + " failed");
    }

    /** What is wrong with the outcome of one case, or null when it is as expected. */
    private static String run(CBORObject tc) throws Exception {
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
                initial.add(OIDS.get(p).AsString());
            }
        }
        ValidationPolicy policy = new ValidationPolicy(
                initial,
                tc.get("initial_explicit_policy").AsBoolean(),
                tc.get("initial_policy_mapping_inhibit").AsBoolean(),
                tc.get("initial_inhibit_any_policy").AsBoolean(),
                false);
        Anchor anchor = new Anchor(anchorCert, "NIST", initial);
        BridgeSignerTrust trust = new BridgeSignerTrust(
                List.of(anchor), middle, new Revocation.Crls(crls, middle), BuildLimits.DEFAULT, a -> policy);
        PathResult result = trust.validate(leaf, AT);

        boolean expected = tc.get("should_validate").AsBoolean();
        boolean actual = result.isValid();
        if (expected != actual) {
            return "expected " + (expected ? "valid" : "invalid") + " but was " + result.reason() + " "
                    + result.failures();
        }
        if (actual && tc.get("user_constrained_policy_set") != null) {
            Set<String> want = new HashSet<>();
            for (String p : strings(tc.get("user_constrained_policy_set"))) {
                want.add(OIDS.get(p).AsString());
            }
            if (!want.equals(result.policies())) {
                return "policies " + result.policies() + " but expected " + want;
            }
        }
        if (!actual) {
            Reason reason = result.failures().get(0).reason();
            String number = tc.get("test_number").AsString();
            for (Map.Entry<String, Set<Reason>> section : REASONS.entrySet()) {
                if (number.startsWith(section.getKey()) && !section.getValue().contains(reason)) {
                    return "reason " + reason + " not among " + section.getValue() + ": "
                            + result.failures().get(0).detail();
                }
            }
        }
        return null;
    }

    private static List<CBORObject> testcases() {
        return List.copyOf(SUITE.get("testcases").getValues());
    }

    private static CBORObject suite() {
        try (InputStream in = resource("pkits.json")) {
            return CBORObject.ReadJSON(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
