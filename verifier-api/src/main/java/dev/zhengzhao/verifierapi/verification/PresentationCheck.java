package dev.zhengzhao.verifierapi.verification;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.presentation.PresentationToken;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a presentation token (亮证码): the repository's signature, its lifetime, that it is used
 * once (its nonce is claimed on first verification; a replayed screenshot is refused), that it is
 * bound to the licence's holder; then the licence it names is verified from its own signed QR.
 */
public final class PresentationCheck {
    public static final String CHECK = "presentation";
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final RepositoryKey repositoryKey;
    private final ConsentStore nonces;
    private final LicenceReader licences;
    private final Credentials credentials;

    public PresentationCheck(
            RepositoryKey repositoryKey, ConsentStore nonces, LicenceReader licences, Credentials credentials) {
        this.repositoryKey = repositoryKey;
        this.nonces = nonces;
        this.licences = licences;
        this.credentials = credentials;
    }

    public static boolean applies(String qrText) {
        return PresentationToken.isPresentation(qrText);
    }

    /** What the hall learns about the presentation itself. */
    public record Presented(String licenceId, Instant expiresAt) {}

    /** The report, and what was presented when the token could be read. */
    public record Result(VerificationReport report, Presented presented) {}

    public Result verify(String token, Instant at) {
        PresentationToken.Checked checked = PresentationToken.verify(token, repositoryKey.verifiers());
        if (checked instanceof PresentationToken.Refused refused) {
            return new Result(failed(at, refused.reason(), refused.detail()), null);
        }
        PresentationToken.Claims claims = ((PresentationToken.Verified) checked).claims();
        Presented presented = new Presented(claims.licenceId(), claims.expires());
        if (at.isAfter(claims.expires())) {
            return new Result(
                    failed(
                            at,
                            "presentation-expired",
                            "the presentation expired at " + claims.expires() + "; ask the holder to show a fresh one"),
                    presented);
        }
        if (claims.issuedAt().isAfter(at.plus(SKEW))) {
            return new Result(
                    failed(at, "presentation-not-yet-valid", "the presentation is dated in the future"), presented);
        }
        LicenceId id = LicenceId.parse(claims.licenceId());
        Optional<LicenceRecord> record = licences.find(id);
        if (record.isEmpty()) {
            return new Result(failed(at, "not-in-repository", "the repository has no licence " + id), presented);
        }
        byte[] binding = PresentationToken.holderBinding(
                record.get().licence().holder().idType().code(),
                record.get().licence().holder().id());
        if (!Arrays.equals(binding, claims.holderBinding())) {
            return new Result(
                    failed(at, "presentation-holder", "the presentation is not bound to this licence's holder"),
                    presented);
        }
        if (!nonces.claimNonce(claims.nonceHex(), id, at, claims.expires())) {
            return new Result(
                    failed(
                            at,
                            "presentation-replayed",
                            "this presentation was already used; a screenshot cannot"
                                    + " be shown twice — ask the holder to show a fresh one"),
                    presented);
        }
        VerificationReport licence = credentials.verifyQr(record.get().signed().qrText(), at);
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(CHECK, "presented by the holder, valid until " + claims.expires()));
        checks.addAll(licence.checks());
        return new Result(
                new VerificationReport(
                        checks,
                        at,
                        licence.claims(),
                        licence.signer(),
                        licence.certificatePath(),
                        licence.jurisdiction()),
                presented);
    }

    private static VerificationReport failed(Instant at, String reason, String detail) {
        return new VerificationReport(List.of(Check.failed(CHECK, reason, detail)), at, null, null, null, null);
    }
}
