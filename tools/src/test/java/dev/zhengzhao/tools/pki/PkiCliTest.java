package dev.zhengzhao.tools.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Providers;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListJson;
import dev.zhengzhao.tools.Zz;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole bridge ceremony through {@code zz}, then the operator's questions about it. */
class PkiCliTest {
    static final String START = "2026-05-01T00:00:00Z";
    static final String AT = "2026-06-01T00:00:00Z";
    static final String GD3 = Jurisdiction.GD.policy(Jurisdiction.Level.HIGH);
    static final String HK3 = Jurisdiction.HK.policy(Jurisdiction.Level.HIGH);
    static final String BR3 = Jurisdiction.BRIDGE.policy(Jurisdiction.Level.HIGH);

    static {
        // Bouncy Castle protects PKCS#12 files with 600,000 PBKDF2 rounds (≈1.5 s per open or save);
        // the throwaway test key stores need no such protection
        System.setProperty("org.bouncycastle.pkcs12.store_it_count", "2048");
    }

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run zz(String... args) {
        CommandLine cl = Zz.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run ca(String command, String... args) {
        List<String> all = new ArrayList<>(
                List.of("ca", command, "--keystore", file("ca.p12"), "--password", "ceremony", "--not-before", START));
        all.addAll(List.of(args));
        Run run = zz(all.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    String file(String name) {
        return dir.resolve(name).toString();
    }

    void ceremony() throws Exception {
        ca("create-root", "--alias", "gd-root", "--jurisdiction", "GD", "--out", file("gd-root.pem"));
        ca("create-root", "--alias", "hk-root", "--jurisdiction", "HK", "--out", file("hk-root.pem"));
        ca("create-bridge", "--out", file("bridge.pem"));
        ca(
                "cross-certify",
                "--issuer-alias",
                "gd-root",
                "--subject-cert",
                file("bridge.pem"),
                "--policy",
                GD3,
                "--map",
                GD3 + "=" + BR3,
                "--path-length",
                "2",
                "--out",
                file("gd-to-bridge.pem"));
        ca(
                "cross-certify",
                "--issuer-alias",
                "bridge",
                "--subject-cert",
                file("hk-root.pem"),
                "--policy",
                BR3,
                "--map",
                BR3 + "=" + HK3,
                "--path-length",
                "1",
                "--permit",
                "C=HK",
                "--out",
                file("bridge-to-hk.pem"));
        ca(
                "create-issuing",
                "--issuer-alias",
                "hk-root",
                "--alias",
                "hk-issuing",
                "--subject",
                "C=HK,O=Hong Kong Licence CA,CN=HK Issuing CA 1",
                "--policy",
                HK3,
                "--path-length",
                "0",
                "--out",
                file("hk-issuing.pem"));
        KeyPair department = KeyAlgorithm.EC_P256.generate(new SecureRandom());
        byte[] csr = new JcaPKCS10CertificationRequestBuilder(
                        new X500Name("C=HK,O=Transport Department,CN=Licensing"), department.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(Providers.bc())
                        .build(department.getPrivate()))
                .getEncoded();
        Files.writeString(dir.resolve("department.csr"), Pem.encode("CERTIFICATE REQUEST", csr));
        // no --policy: the signer takes its issuing CA's policies
        ca("sign-csr", "--issuer-alias", "hk-issuing", "--csr", file("department.csr"), "--out", file("signer.pem"));
        for (String alias : List.of("gd-root", "bridge", "hk-root", "hk-issuing")) {
            ca("crl", "--issuer-alias", alias, "--days", "60", "--out", file(alias + ".crl"));
        }
    }

    Run verifyPath() {
        return zz(
                "verify-path",
                "--leaf",
                file("signer.pem"),
                "--anchor",
                "GD=" + file("gd-root.pem"),
                "--intermediate",
                file("gd-to-bridge.pem"),
                "--intermediate",
                file("bridge-to-hk.pem"),
                "--intermediate",
                file("hk-issuing.pem"),
                "--crl",
                file("gd-root.crl"),
                "--crl",
                file("bridge.crl"),
                "--crl",
                file("hk-root.crl"),
                "--crl",
                file("hk-issuing.crl"),
                "--policy",
                GD3,
                "--at",
                AT);
    }

    @Test
    void ceremonyBuildsABridgeThatValidatesHongKongSignerInGuangdong() throws Exception {
        ceremony();
        Run run = verifyPath();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("\"result\":\"PASSED\""), run.out());
        assertTrue(run.out().contains("\"jurisdiction\":\"GD\""), run.out());
        assertTrue(run.out().contains(GD3), run.out());
    }

    @Test
    void verifyPathExplainsRevokedCrossCertificate() throws Exception {
        ceremony();
        String serial = Pem.certificate(dir.resolve("bridge-to-hk.pem"))
                .getSerialNumber()
                .toString(16);
        ca(
                "crl",
                "--issuer-alias",
                "bridge",
                "--revoke",
                serial,
                "--reason",
                "5",
                "--days",
                "60",
                "--out",
                file("bridge.crl"));
        Run run = verifyPath();
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.out().contains("\"reason\":\"revoked\""), run.out());
    }

    @Test
    void trustListIsSignedAndVerified() throws Exception {
        ceremony();
        Run built = zz(
                "trust-list",
                "build",
                "--scope",
                "HK",
                "--sequence",
                "7",
                "--issued-at",
                START,
                "--valid-days",
                "32",
                "--anchor",
                "HK=" + file("hk-root.pem"),
                "--ca",
                "HK=" + file("hk-issuing.pem"),
                "--signer",
                "HK=" + file("signer.pem") + ":HK-DL,HK-BR",
                "--equivalence",
                "driving licence:GD=GD-DL,HK=HK-DL",
                "--out",
                file("hk-list.json"));
        assertEquals(0, built.exit(), built.err());
        TrustList list = TrustListJson.read(Files.readAllBytes(dir.resolve("hk-list.json")));
        assertEquals(Set.of("HK-DL", "HK-BR"), list.signers().get(0).licenceTypes());
        assertEquals(Jurisdiction.HK.policies(), list.anchors().get(0).policies(), "the policies the root asserts");
        assertEquals("HK-DL", list.equivalentTypes("GD", "GD-DL").get("HK"));
        ca(
                "create-root",
                "--alias",
                "list-signer",
                "--jurisdiction",
                "BR",
                "--subject",
                "C=CN,O=GBA Trust Bridge,CN=Trust List Signer",
                "--policy",
                BR3,
                "--out",
                file("list-signer.pem"));
        zz(
                "trust-list",
                "sign",
                "--keystore",
                file("ca.p12"),
                "--password",
                "ceremony",
                "--alias",
                "list-signer",
                "--in",
                file("hk-list.json"),
                "--out",
                file("hk-list.p7"));
        Run ok =
                zz("trust-list", "verify", "--in", file("hk-list.p7"), "--signer", file("list-signer.pem"), "--at", AT);
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("\"sequence\":7"), ok.out());
        Run stale = zz(
                "trust-list",
                "verify",
                "--in",
                file("hk-list.p7"),
                "--signer",
                file("list-signer.pem"),
                "--at",
                "2027-01-01T00:00:00Z");
        assertTrue(stale.exit() != 0);
        assertTrue(stale.err().contains("stale"), stale.err());
    }

    @Test
    void ceremonyWithoutKeyStoreOrHsmIsRefused() {
        Run run = zz("ca", "create-bridge", "--password", "x", "--out", file("bridge.pem"));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--keystore or --pkcs11"), run.err());
    }

    @Test
    void missingFileIsOneLineOnStderrAndNonZeroExit() {
        Run run = zz("verify-path", "--leaf", file("nowhere.pem"), "--anchor", file("nowhere-root.pem"));
        assertTrue(run.exit() != 0);
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("zz: "), run.err());
    }
}
