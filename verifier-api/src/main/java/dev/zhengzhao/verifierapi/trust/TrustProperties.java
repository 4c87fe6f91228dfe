package dev.zhengzhao.verifierapi.trust;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whom the service trusts to sign licences (see docs/trust.md). With anchors, every signer
 * certificate must build an RFC 5280 path to one of them — directly, or through the bridge for a
 * foreign jurisdiction. Without, the service trusts exactly the signer keys it holds (pinned), or
 * in the demo the demo's own bridge PKI.
 *
 * @param anchors the trust anchors (jurisdiction roots this verifier trusts) and their acceptable policies
 * @param intermediates PEM files of issuing CAs, the bridge and cross-certificates
 * @param crls DER or PEM CRLs of those CAs
 * @param signerCertificates PEM files of other issuers' signer certificates (e.g. Hong Kong or Macau
 *     departments), so their credentials' key identifiers can be resolved
 * @param foreignRoots the other jurisdictions' roots (reached through the bridge, not anchors
 *     here), so a report names the jurisdiction a credential comes from
 * @param homeJurisdiction the jurisdiction whose licences this repository holds; a credential of
 *     another one is verified through the bridge and its status is kept there
 */
@ConfigurationProperties("zz.trust")
public record TrustProperties(
        @DefaultValue List<AnchorFile> anchors,
        @DefaultValue List<Path> intermediates,
        @DefaultValue List<Path> crls,
        @DefaultValue List<Path> signerCertificates,
        @DefaultValue List<AnchorFile> foreignRoots,
        @DefaultValue("GD") String homeJurisdiction) {
    /**
     * @param jurisdiction GD, HK or MO
     * @param certificate the root certificate (PEM)
     * @param policies acceptable certificate policy OIDs; empty for any
     */
    public record AnchorFile(String jurisdiction, Path certificate, @DefaultValue List<String> policies) {}

    public boolean configured() {
        return !anchors.isEmpty();
    }
}
