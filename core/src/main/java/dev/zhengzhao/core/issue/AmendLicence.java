package dev.zhengzhao.core.issue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.port.LicenceWriter.Idempotency;
import dev.zhengzhao.core.port.LicenceWriter.Stored;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.status.LicenceStatus;
import java.time.Clock;

/**
 * Amends a licence: a new version (same series, version + 1) is prepared and signed from the
 * request, stored, and the previous version marked SUPERSEDED, in one transaction.
 */
public final class AmendLicence {
    private final LicencePreparation preparation;
    private final IssuerSigners signers;
    private final LicenceReader reader;
    private final LicenceWriter writer;
    private final Clock clock;

    public AmendLicence(
            LicencePreparation preparation,
            IssuerSigners signers,
            LicenceReader reader,
            LicenceWriter writer,
            Clock clock) {
        this.preparation = preparation;
        this.signers = signers;
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param current the version being amended; it must be the newest and VALID
     * @param request the full content of the new version; type and issuer may be omitted and must
     *     otherwise match the licence's
     */
    public Stored amend(LicenceId current, IssueRequest request, String idempotencyKey, Actor actor, String reason) {
        actor.requireMayActFor(current.issuerCode());
        LicenceRecord existing = reader.find(current)
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + current));
        if (request.typeCode() != null
                && !request.typeCode().equals(current.typeCode().value())) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "an amendment cannot change the licence type");
        }
        if (request.issuerCode() != null
                && !request.issuerCode().equals(current.issuerCode().value())) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "an amendment cannot change the issuer");
        }
        if (existing.licence().status() != LicenceStatus.VALID) {
            throw new ZhengzhaoException(
                    ErrorCode.ILLEGAL_STATUS_TRANSITION,
                    "only a VALID licence can be amended; " + current + " is "
                            + existing.licence().status());
        }
        IssueRequest full = new IssueRequest(
                current.typeCode().value(),
                current.issuerCode().value(),
                request.number() == null ? existing.licence().number() : request.number(),
                request.holderName(),
                request.holderId(),
                request.holderIdType(),
                request.issueDate(),
                request.validFrom(),
                request.validUntil(),
                request.fields(),
                null,
                request.signerName());
        LicencePreparation.Context context = preparation.context(full.typeCode(), full.issuerCode());
        Licence next = preparation.prepare(current.nextVersion(), full, context);
        LicenceRecord record = new LicenceRecord(
                next,
                signers.forIssuer(context.issuer().code()).sign(LicenceClaims.of(next, context.type())),
                clock.instant());
        Idempotency idempotency = idempotencyKey == null
                ? null
                : new Idempotency(IssueLicence.checkKey(idempotencyKey), current.text() + "|" + full.digest());
        return writer.amend(record, idempotency, actor.name(), reason);
    }
}
