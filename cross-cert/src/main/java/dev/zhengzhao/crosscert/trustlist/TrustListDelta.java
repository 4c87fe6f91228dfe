package dev.zhengzhao.crosscert.trustlist;

import dev.zhengzhao.crosscert.pki.Fingerprint;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What changed between two versions of a trust list: entries added and removed, by category. A
 * signer whose licence types changed shows as removed and added.
 *
 * @param fromSequence the older list's sequence
 * @param toSequence the newer list's sequence
 * @param added one line per added entry, e.g. {@code signer HK CN=…,C=HK sha256:…  types=[*]}
 * @param removed one line per removed entry
 */
public record TrustListDelta(long fromSequence, long toSequence, List<String> added, List<String> removed) {
    public TrustListDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static TrustListDelta between(TrustList older, TrustList newer) {
        List<String> before = lines(older);
        List<String> after = lines(newer);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        return new TrustListDelta(older.sequence(), newer.sequence(), added, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    private static List<String> lines(TrustList list) {
        List<String> out = new ArrayList<>();
        add(
                out,
                list.anchors(),
                a -> "anchor " + a.jurisdiction() + " " + describe(a.certificate()) + " policies="
                        + new java.util.TreeSet<>(a.policies()));
        add(out, list.issuingCas(), c -> "ca " + c.jurisdiction() + " " + describe(c.certificate()));
        add(
                out,
                list.signers(),
                s -> "signer " + s.jurisdiction() + " " + describe(s.certificate()) + " types="
                        + new java.util.TreeSet<>(s.licenceTypes()));
        add(out, list.equivalences(), e -> "equivalence " + e.name() + " " + new java.util.TreeMap<>(e.codes()));
        return out;
    }

    private static <T> void add(List<String> out, List<T> entries, Function<T, String> line) {
        entries.forEach(e -> out.add(line.apply(e)));
    }

    private static String describe(X509Certificate c) {
        return c.getSubjectX500Principal().getName() + " sha256:" + Fingerprint.sha256(c);
    }
}
