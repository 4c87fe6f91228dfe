package dev.zhengzhao.core.consent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a hall receives: exactly the profile's fields of the current licence version, under a
 * grant. The repository signs it (see DisclosureSigner) so the hall can keep it as evidence.
 */
public record Disclosure(
        String licenceId,
        String hallCode,
        String serviceItemCode,
        String caseNumber,
        UUID grantId,
        GrantKind kind,
        Map<String, String> fields,
        Instant disclosedAt) {
    public Disclosure {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
