package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A holder grants a hall the use of a licence (用证授权), lists and withdraws grants. */
public final class ConsentToUse {
    /** The longest a consent may run; a case is processed in weeks, not years. */
    public static final Duration MAX_CONSENT = Duration.ofDays(90);
    /** When the holder gives no end, the consent lasts a week. */
    public static final Duration DEFAULT_CONSENT = Duration.ofDays(7);

    private final ConsentStore store;
    private final LicenceReader licences;
    private final Clock clock;

    public ConsentToUse(ConsentStore store, LicenceReader licences, Clock clock) {
        this.store = store;
        this.licences = licences;
        this.clock = clock;
    }

    public Grant grant(
            HolderRef holder,
            String licenceId,
            String hallCode,
            String serviceItemCode,
            String caseNumber,
            Instant until) {
        LicenceRecord licence = ownLicence(holder, licenceId);
        if (hallCode == null || !CreditCode.isValid(hallCode)) {
            throw new ZhengzhaoException(
                    ErrorCode.MALFORMED_CREDIT_CODE,
                    "hallCode must be the hall's 18-character unified social credit code");
        }
        ServiceItem item = serviceItem(store, serviceItemCode);
        String caseNo = caseNumber(caseNumber);
        Instant now = clock.instant();
        Instant end = until == null ? now.plus(DEFAULT_CONSENT) : until;
        if (!end.isAfter(now) || end.isAfter(now.plus(MAX_CONSENT))) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_FIELD,
                    "until must be in the future and at most " + MAX_CONSENT.toDays() + " days away");
        }
        Grant grant = new Grant(
                UUID.randomUUID(),
                GrantKind.CONSENT,
                licence.id(),
                holder.idType(),
                holder.id(),
                hallCode,
                item.code(),
                caseNo,
                null,
                "holder",
                now,
                end,
                null);
        store.saveGrant(grant);
        return grant;
    }

    public List<Grant> grants(HolderRef holder) {
        return store.grantsOf(holder.idType(), holder.id(), 200);
    }

    public Grant withdraw(HolderRef holder, UUID grantId) {
        Grant grant = store.grant(grantId)
                .filter(g ->
                        g.holderIdType().equals(holder.idType()) && g.holderId().equals(holder.id()))
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.GRANT_NOT_FOUND, "you have no grant " + grantId));
        return grant.withdrawnAt() != null ? grant : store.withdraw(grantId, clock.instant());
    }

    public List<LicenceUse> uses(HolderRef holder) {
        return store.usesOf(holder.idType(), holder.id(), 500);
    }

    /** The holder's own licence; another holder's is reported as not found, never as forbidden. */
    public LicenceRecord ownLicence(HolderRef holder, String licenceId) {
        LicenceId id = LicenceId.parse(licenceId);
        return licences.find(id)
                .filter(r -> r.licence().holder().idType().code().equals(holder.idType())
                        && r.licence().holder().id().equals(holder.id()))
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "you hold no licence " + id));
    }

    static ServiceItem serviceItem(ConsentStore store, String code) {
        if (code == null || code.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "serviceItemCode (事项编码) is required");
        }
        return store.serviceItem(code)
                .orElseThrow(() -> new ZhengzhaoException(ErrorCode.UNKNOWN_SERVICE_ITEM, "no service item " + code));
    }

    static String caseNumber(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "caseNumber (办件流水号) is required");
        }
        if (caseNumber.length() > 64 || caseNumber.chars().anyMatch(Character::isISOControl)) {
            throw new ZhengzhaoException(ErrorCode.INVALID_FIELD, "caseNumber must be at most 64 printable characters");
        }
        return caseNumber.strip();
    }
}
