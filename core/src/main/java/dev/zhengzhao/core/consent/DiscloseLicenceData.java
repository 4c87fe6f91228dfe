package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A hall receives a licence's data: exactly the service item's field profile of the current
 * version, only within an active consent (or a delegated / by-function lookup with a reason), and
 * every disclosure is recorded in the holder's access log.
 */
public final class DiscloseLicenceData {
    private final ConsentStore store;
    private final LicenceReader licences;
    private final Clock clock;

    public DiscloseLicenceData(ConsentStore store, LicenceReader licences, Clock clock) {
        this.store = store;
        this.licences = licences;
        this.clock = clock;
    }

    /** Under the holder's consent to this hall for this item and case. */
    public Disclosure underConsent(
            String hallCode, String actor, String licenceId, String serviceItemCode, String caseNumber) {
        LicenceId id = LicenceId.parse(licenceId);
        ServiceItem item = ConsentToUse.serviceItem(store, serviceItemCode);
        String caseNo = ConsentToUse.caseNumber(caseNumber);
        Instant now = clock.instant();
        Grant grant = store.activeConsent(hallCode, id, item.code(), caseNo, now)
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.NO_ACTIVE_GRANT,
                        "the holder has not granted this hall the use of this licence for service item " + item.code()
                                + " and case " + caseNo + " (or withdrew it, or it expired)"));
        return disclose(grant, item, current(id), actor, now);
    }

    /** A delegated (委托) or by-function (依职能) lookup: no holder consent, a mandatory reason. */
    public Disclosure lookup(
            String hallCode,
            String actor,
            GrantKind kind,
            String licenceId,
            String serviceItemCode,
            String caseNumber,
            String reason,
            String delegationReference) {
        if (kind == null || kind == GrantKind.CONSENT) {
            throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, "kind must be DELEGATED or BY_FUNCTION");
        }
        if (reason == null || reason.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "a " + kind + " lookup needs a reason");
        }
        if (kind == GrantKind.DELEGATED && (delegationReference == null || delegationReference.isBlank())) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD, "a DELEGATED lookup needs the delegation's reference (委托书编号)");
        }
        LicenceId id = LicenceId.parse(licenceId);
        ServiceItem item = ConsentToUse.serviceItem(store, serviceItemCode);
        String caseNo = ConsentToUse.caseNumber(caseNumber);
        LicenceRecord record = current(id);
        Instant now = clock.instant();
        String why = reason.strip() + (delegationReference == null ? "" : " [委托 " + delegationReference.strip() + "]");
        Grant grant = new Grant(
                UUID.randomUUID(),
                kind,
                record.id(),
                record.licence().holder().idType().code(),
                record.licence().holder().id(),
                hallCode,
                item.code(),
                caseNo,
                why,
                actor,
                now,
                now,
                null);
        store.saveGrant(grant);
        return disclose(grant, item, record, actor, now);
    }

    private LicenceRecord current(LicenceId id) {
        List<LicenceRecord> versions = licences.versions(id);
        if (versions.isEmpty()) {
            throw new ZhengzhaoException(ErrorCode.LICENCE_NOT_FOUND, "no licence " + id);
        }
        return versions.getLast();
    }

    private Disclosure disclose(Grant grant, ServiceItem item, LicenceRecord record, String actor, Instant now) {
        Licence licence = record.licence();
        Map<String, String> fields = LicenceFields.select(licence, item.fields());
        store.recordUse(new LicenceUse(
                now,
                grant.kind(),
                grant.id(),
                record.id(),
                licence.holder().idType().code(),
                licence.holder().id(),
                grant.hallCode(),
                item.code(),
                grant.caseNumber(),
                new ArrayList<>(fields.keySet()),
                actor,
                grant.reason()));
        return new Disclosure(
                record.id().text(),
                grant.hallCode(),
                item.code(),
                grant.caseNumber(),
                grant.id(),
                grant.kind(),
                fields,
                now);
    }
}
