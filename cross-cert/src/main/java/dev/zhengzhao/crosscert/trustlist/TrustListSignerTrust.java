package dev.zhengzhao.crosscert.trustlist;

import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.trust.TrustVerdict;
import dev.zhengzhao.core.verify.Reason;
import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.revocation.RevocationSource;
import dev.zhengzhao.crosscert.revocation.RevocationStatus;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signer trust for an offline verifier, from an accepted trust list: the signer must be listed, may
 * sign only its listed licence types, and its path through the listed CAs to a listed anchor must
 * validate. The list is the revocation mechanism — a withdrawn signer is absent from the next list
 * — so freshness is the list's deadline.
 */
public final class TrustListSignerTrust implements SignerTrust {
    private final TrustList list;
    private final BridgeSignerTrust paths;

    public TrustListSignerTrust(TrustList list) {
        this.list = list;
        List<Anchor> anchors = list.anchors().stream()
                .map(a -> new Anchor(a.certificate(), a.jurisdiction(), a.policies()))
                .toList();
        List<X509Certificate> pool =
                list.issuingCas().stream().map(TrustList.CaEntry::certificate).toList();
        this.paths = new BridgeSignerTrust(anchors, pool, new ListedRevocation(list), BuildLimits.DEFAULT);
    }

    @Override
    public TrustVerdict evaluate(X509Certificate signer, Instant at, String licenceTypeCode) {
        List<String> subject = List.of(signer.getSubjectX500Principal().getName());
        Optional<TrustList.SignerEntry> entry = list.signers().stream()
                .filter(s -> s.certificate().equals(signer))
                .findFirst();
        if (entry.isEmpty()) {
            return TrustVerdict.untrusted(
                    Reason.NOT_IN_TRUST_LIST,
                    "the signer certificate is not in trust list " + list.sequence(),
                    subject);
        }
        if (at.isAfter(list.nextUpdate())) {
            return TrustVerdict.indeterminate(
                    Reason.TRUST_LIST_STALE, "the trust list's deadline " + list.nextUpdate() + " has passed", subject);
        }
        if (!entry.get().maySign(licenceTypeCode)) {
            return TrustVerdict.untrusted(
                    Reason.TYPE_NOT_ALLOWED,
                    "the trust list does not let this signer sign licence type " + licenceTypeCode,
                    subject);
        }
        PathResult result = paths.validate(signer, at);
        return result.toVerdict();
    }

    /** Every listed certificate is good until the list's deadline; the epoch is the list's sequence. */
    private record ListedRevocation(TrustList list) implements RevocationSource {
        @Override
        public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
            return new RevocationStatus(
                    RevocationStatus.State.GOOD,
                    null,
                    "trust-list",
                    list.issuedAt(),
                    list.nextUpdate(),
                    "listed in trust list " + list.sequence());
        }

        @Override
        public long epoch() {
            return list.sequence();
        }
    }
}
