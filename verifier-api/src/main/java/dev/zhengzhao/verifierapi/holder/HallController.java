package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.ConsentStore;
import dev.zhengzhao.core.consent.DiscloseLicenceData;
import dev.zhengzhao.core.consent.Disclosure;
import dev.zhengzhao.core.consent.GrantKind;
import dev.zhengzhao.core.consent.ServiceItem;
import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.port.AuditTrail;
import dev.zhengzhao.signer.presentation.DisclosureEvidence;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.audit.Audited;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Halls use licence data: under the holder's consent, or by a delegated or by-function lookup with
 * a reason. Only the service item's profile fields leave; each answer carries evidence signed by
 * the repository, and each use lands in the holder's access log and the audit log.
 */
@RestController
public class HallController {
    private final DiscloseLicenceData disclose;
    private final ConsentStore store;
    private final RepositoryKey repositoryKey;
    private final Audited audited;
    private final Clock clock;

    public HallController(
            DiscloseLicenceData disclose,
            ConsentStore store,
            RepositoryKey repositoryKey,
            AuditTrail audit,
            Clock clock) {
        this.disclose = disclose;
        this.store = store;
        this.repositoryKey = repositoryKey;
        this.audited = new Audited(audit, clock);
        this.clock = clock;
    }

    /** The body of a disclosure under consent. */
    public record DisclosureRequest(String licenceId, String serviceItemCode, String caseNumber) {}

    /** The body of a delegated or by-function lookup. */
    public record LookupRequest(
            GrantKind kind,
            String licenceId,
            String serviceItemCode,
            String caseNumber,
            String reason,
            String delegationReference) {}

    /** The disclosure, and the same document signed by the repository. */
    public record Evidenced(Map<String, Object> disclosure, String evidence) {}

    @GetMapping("/api/v1/service-items")
    List<ServiceItem> serviceItems() {
        return store.serviceItems();
    }

    @PostMapping("/api/v1/hall/disclosures")
    Evidenced disclose(@RequestBody DisclosureRequest request, Caller caller) {
        caller.require(Role.HALL);
        return audited(
                caller,
                "DISCLOSE_CONSENT",
                request.licenceId(),
                () -> disclose.underConsent(
                        caller.orgCode(),
                        caller.name(),
                        request.licenceId(),
                        request.serviceItemCode(),
                        request.caseNumber()));
    }

    @PostMapping("/api/v1/hall/lookups")
    Evidenced lookup(@RequestBody LookupRequest request, Caller caller) {
        caller.require(Role.HALL);
        return audited(
                caller,
                "DISCLOSE_" + (request.kind() == null ? "NONE" : request.kind().name()),
                request.licenceId(),
                () -> disclose.lookup(
                        caller.orgCode(),
                        caller.name(),
                        request.kind(),
                        request.licenceId(),
                        request.serviceItemCode(),
                        request.caseNumber(),
                        request.reason(),
                        request.delegationReference()));
    }

    private Evidenced audited(Caller caller, String action, String licenceId, Supplier<Disclosure> work) {
        Disclosure d = audited.run(
                caller,
                action,
                licenceId,
                work,
                r -> new Audited.Outcome(r.licenceId(), "fields " + r.fields().keySet()));
        Map<String, Object> document = document(d);
        String evidence = DisclosureEvidence.sign(
                repositoryKey.key(), Json.write(document).getBytes(StandardCharsets.UTF_8));
        return new Evidenced(document, evidence);
    }

    private static Map<String, Object> document(Disclosure d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("licenceId", d.licenceId());
        m.put("hallCode", d.hallCode());
        m.put("serviceItemCode", d.serviceItemCode());
        m.put("caseNumber", d.caseNumber());
        m.put("grantId", d.grantId().toString());
        m.put("kind", d.kind().name());
        m.put("fields", d.fields());
        m.put("disclosedAt", d.disclosedAt().toString());
        return m;
    }
}
