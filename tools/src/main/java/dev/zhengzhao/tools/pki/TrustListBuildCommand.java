package dev.zhengzhao.tools.pki;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListJson;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz trust-list build}: the trust list document (docs/trust.md) from certificate files. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Write a trust list JSON document from certificate files, ready for 'zz trust-list sign'.")
final class TrustListBuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scope", required = true, description = "GD, HK, MO… or ALL")
    String scope;

    @Option(names = "--sequence", required = true, description = "the version; higher than the last published")
    long sequence;

    @Option(names = "--issued-at", paramLabel = "INSTANT", description = "default: now")
    Instant issuedAt;

    @Option(names = "--valid-days", defaultValue = "7", description = "days until nextUpdate (default 7)")
    int validDays;

    @Option(
            names = "--anchor",
            paramLabel = "JURISDICTION=FILE",
            description = "a root; its accepted policies are those it asserts (repeatable)")
    List<String> anchors = List.of();

    @Option(
            names = "--ca",
            paramLabel = "JURISDICTION=FILE",
            description = "an issuing or cross-certificate (repeatable)")
    List<String> cas = List.of();

    @Option(
            names = "--signer",
            paramLabel = "JURISDICTION=FILE[:TYPE,TYPE…]",
            description = "a licence signer and the licence types it may sign (default: any) (repeatable)")
    List<String> signers = List.of();

    @Option(
            names = "--equivalence",
            paramLabel = "NAME:JURISDICTION=CODE,JURISDICTION=CODE…",
            description = "licence type codes that are the same credential (repeatable)")
    List<String> equivalences = List.of();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSON document")
    Path out;

    @Override
    public Integer call() {
        Instant from = issuedAt != null ? issuedAt : Instant.now();
        List<TrustList.AnchorEntry> anchorEntries = new ArrayList<>();
        for (String a : anchors) {
            String[] jf = pair(a, "--anchor");
            X509Certificate root = Pem.certificate(Path.of(jf[1]));
            anchorEntries.add(new TrustList.AnchorEntry(jf[0], root, CaOptions.policiesOf(root)));
        }
        List<TrustList.CaEntry> caEntries = new ArrayList<>();
        for (String c : cas) {
            String[] jf = pair(c, "--ca");
            caEntries.add(new TrustList.CaEntry(jf[0], Pem.certificate(Path.of(jf[1]))));
        }
        List<TrustList.SignerEntry> signerEntries = new ArrayList<>();
        for (String s : signers) {
            String[] jf = pair(s, "--signer");
            int colon = jf[1].lastIndexOf(':');
            String file = colon > 0 ? jf[1].substring(0, colon) : jf[1];
            Set<String> types = colon > 0 ? Set.of(jf[1].substring(colon + 1).split(",")) : Set.of("*");
            signerEntries.add(new TrustList.SignerEntry(jf[0], Pem.certificate(Path.of(file)), types));
        }
        List<TrustList.TypeEquivalence> equivalenceEntries = new ArrayList<>();
        for (String e : equivalences) {
            int colon = e.indexOf(':');
            if (colon <= 0) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "--equivalence wants NAME:J=CODE,…, got " + e);
            }
            Map<String, String> codes = new LinkedHashMap<>();
            for (String jc : e.substring(colon + 1).split(",")) {
                String[] p = pair(jc, "--equivalence");
                codes.put(p[0], p[1]);
            }
            equivalenceEntries.add(new TrustList.TypeEquivalence(e.substring(0, colon), codes));
        }
        TrustList list = new TrustList(
                scope,
                sequence,
                from,
                from.plus(Duration.ofDays(validDays)),
                anchorEntries,
                caEntries,
                signerEntries,
                equivalenceEntries);
        Pem.write(out, TrustListJson.write(list));
        spec.commandLine().getOut().println("trust list " + scope + " sequence " + sequence + " written to " + out);
        return 0;
    }

    private static String[] pair(String value, String option) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, option + " wants KEY=VALUE, got " + value);
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }
}
