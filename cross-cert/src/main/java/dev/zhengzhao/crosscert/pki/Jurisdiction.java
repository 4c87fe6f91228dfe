package dev.zhengzhao.crosscert.pki;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A trust domain of the bridge: Guangdong (GD), Hong Kong (HK), Macau (MO), more by configuration,
 * and the bridge itself (BR). Each has its own certificate policy arc; cross-certificates map the
 * arcs onto each other.
 *
 * @param code short code, e.g. GD
 * @param displayName a human name
 * @param algorithm the key algorithm its CAs use by default
 * @param nameSubtree the directory-name subtree its certificates live under (e.g. {@code C=HK}); the
 *     bridge limits each root to it
 * @param policyArc the OID arc of its certificate policies; level n is {@code arc.n}
 */
public record Jurisdiction(
        String code, String displayName, KeyAlgorithm algorithm, String nameSubtree, String policyArc) {

    /**
     * The project's policy arc. A UUID-derived OID (ITU-T X.667, arc 2.25) so the demo needs no
     * registration; a deployment replaces it with the arcs each jurisdiction's CP actually assigns.
     */
    public static final String PROJECT_ARC = "2.25.74232172050023655235197752756983508583";

    public static final Jurisdiction GD =
            new Jurisdiction("GD", "Guangdong", KeyAlgorithm.SM2, "C=CN,ST=Guangdong", PROJECT_ARC + ".1");
    public static final Jurisdiction HK =
            new Jurisdiction("HK", "Hong Kong", KeyAlgorithm.EC_P256, "C=HK", PROJECT_ARC + ".2");
    public static final Jurisdiction MO =
            new Jurisdiction("MO", "Macau", KeyAlgorithm.EC_P256, "C=MO", PROJECT_ARC + ".3");
    public static final Jurisdiction BRIDGE = new Jurisdiction(
            "BR", "GBA trust bridge", KeyAlgorithm.EC_P256, "C=CN,O=GBA Trust Bridge", PROJECT_ARC + ".9");

    /** Assurance levels, as the last arc of a policy OID. */
    public enum Level {
        MEDIUM(2),
        HIGH(3);

        private final int arc;

        Level(int arc) {
            this.arc = arc;
        }
    }

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        code = code.toUpperCase(Locale.ROOT);
    }

    public String policy(Level level) {
        return policyArc + "." + level.arc;
    }

    /** The policies of every level. */
    public Set<String> policies() {
        return Set.of(policy(Level.MEDIUM), policy(Level.HIGH));
    }

    /** GD, HK, MO or BR by code; other jurisdictions come from configuration. */
    public static java.util.Optional<Jurisdiction> known(String code) {
        return java.util.stream.Stream.of(GD, HK, MO, BRIDGE)
                .filter(j -> j.code().equalsIgnoreCase(code))
                .findFirst();
    }

    public Jurisdiction withAlgorithm(KeyAlgorithm other) {
        return new Jurisdiction(code, displayName, other, nameSubtree, policyArc);
    }
}
