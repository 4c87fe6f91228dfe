package dev.zhengzhao.tools.pki;

import com.upokecenter.cbor.CBORObject;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListCheck;
import dev.zhengzhao.crosscert.trustlist.TrustListDelta;
import dev.zhengzhao.crosscert.trustlist.TrustListVerifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zz trust-list verify}: check a signed trust list as an offline verifier would, optionally against the previous one. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a signed trust list's signature, freshness and version; print a summary (and the delta"
                + " from --previous) as JSON.")
final class TrustListVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "the signed list")
    Path in;

    @Option(names = "--signer", required = true, paramLabel = "FILE", description = "the trust-list signer certificate")
    Path signer;

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description = "the last accepted signed list: refuse rollback, show the delta")
    Path previous;

    @Option(names = "--at", paramLabel = "INSTANT", description = "validation time (default: now)")
    Instant at;

    @Override
    public Integer call() {
        Instant when = at != null ? at : Instant.now();
        TrustListVerifier verifier = new TrustListVerifier(Pem.certificate(signer));
        TrustList before = previous == null ? null : accepted(verifier.verify(Pem.read(previous), when, -1), previous);
        TrustList list = accepted(verifier.verify(Pem.read(in), when, before == null ? -1 : before.sequence()), in);
        CBORObject out = CBORObject.NewOrderedMap()
                .Add("accepted", true)
                .Add("scope", list.scope())
                .Add("sequence", list.sequence())
                .Add("issuedAt", list.issuedAt().toString())
                .Add("nextUpdate", list.nextUpdate().toString())
                .Add("anchors", list.anchors().size())
                .Add("issuingCas", list.issuingCas().size())
                .Add("signers", list.signers().size())
                .Add("typeEquivalences", list.equivalences().size());
        if (before != null) {
            TrustListDelta delta = TrustListDelta.between(before, list);
            CBORObject added = CBORObject.NewArray();
            delta.added().forEach(added::Add);
            CBORObject removed = CBORObject.NewArray();
            delta.removed().forEach(removed::Add);
            out.Add("delta", CBORObject.NewOrderedMap().Add("added", added).Add("removed", removed));
        }
        spec.commandLine().getOut().println(out.ToJSONString());
        return 0;
    }

    private static TrustList accepted(TrustListCheck check, Path file) {
        if (check instanceof TrustListCheck.Refused refused) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, file + " refused: " + refused.reason() + ": " + refused.detail());
        }
        return ((TrustListCheck.Accepted) check).list();
    }
}
