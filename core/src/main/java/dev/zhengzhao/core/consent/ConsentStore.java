package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.PresentationNonces;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Grants, service-item profiles and the use log. */
public interface ConsentStore extends PresentationNonces {
    void saveServiceItem(ServiceItem item);

    Optional<ServiceItem> serviceItem(String code);

    List<ServiceItem> serviceItems();

    void saveGrant(Grant grant);

    Optional<Grant> grant(UUID id);

    /** The holder's grants, newest first. */
    List<Grant> grantsOf(String holderIdType, String holderId, int limit);

    /** Marks a grant withdrawn; returns it as stored after the change. */
    Grant withdraw(UUID id, Instant at);

    /** An ACTIVE consent of this hall for any version of the licence, this item and this case. */
    Optional<Grant> activeConsent(
            String hallCode, LicenceId licence, String serviceItemCode, String caseNumber, Instant at);

    void recordUse(LicenceUse use);

    /** The holder's access log, newest first. */
    List<LicenceUse> usesOf(String holderIdType, String holderId, int limit);
}
