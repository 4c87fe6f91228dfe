package dev.zhengzhao.core.consent;

import dev.zhengzhao.core.licence.LicenceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One use of a licence's data by a hall: what the holder's access log shows. */
public record LicenceUse(
        Instant at,
        GrantKind kind,
        UUID grantId,
        LicenceId licenceId,
        String holderIdType,
        String holderId,
        String hallCode,
        String serviceItemCode,
        String caseNumber,
        List<String> fields,
        String actor,
        String reason) {
    public LicenceUse {
        fields = List.copyOf(fields);
    }
}
