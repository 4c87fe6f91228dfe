package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.ConsentToUse;
import dev.zhengzhao.core.consent.Grant;
import dev.zhengzhao.core.consent.HolderRef;
import dev.zhengzhao.core.consent.LicenceUse;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceReader;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusLifecycle;
import dev.zhengzhao.signer.presentation.PresentationToken;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.signing.RepositoryKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in holder's API: my licences, 亮证, my grants, my access log. */
@RestController
@RequestMapping("/api/v1/holder")
public class HolderController {
    private static final int MIN_LIFETIME_SECONDS = 10;

    private final LicenceReader licences;
    private final ConsentToUse consent;
    private final RepositoryKey repositoryKey;
    private final HolderAuthProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public HolderController(
            LicenceReader licences,
            ConsentToUse consent,
            RepositoryKey repositoryKey,
            HolderAuthProperties properties,
            Clock clock) {
        this.licences = licences;
        this.consent = consent;
        this.repositoryKey = repositoryKey;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who is signed in; the code masked, as it would show on a shared screen. */
    public record Me(String name, String holderIdType, String holderIdMasked) {}

    /** One of my licences. */
    public record MyLicence(
            String id,
            String name,
            String number,
            String issuerName,
            LicenceStatus status,
            LocalDate validFrom,
            LocalDate validUntil,
            String qrText) {}

    /** A fresh presentation QR. */
    public record Presentation(String token, Instant expiresAt, long lifetimeSeconds, String svg) {}

    /** The body of a consent. */
    public record GrantRequest(
            String licenceId, String hallCode, String serviceItemCode, String caseNumber, Instant until) {}

    @GetMapping("/me")
    Me me(Caller caller) {
        HolderRef holder = caller.requireHolder();
        String id = holder.id();
        return new Me(
                holder.name(),
                holder.idType(),
                id.substring(0, 4)
                        + "*".repeat(Math.max(0, id.length() - 8))
                        + id.substring(Math.max(4, id.length() - 4)));
    }

    @GetMapping("/licences")
    List<MyLicence> licences(Caller caller) {
        HolderRef holder = caller.requireHolder();
        Instant now = clock.instant();
        Map<String, LicenceRecord> newest = new LinkedHashMap<>();
        for (LicenceRecord r : licences.findByHolder(holder.idType(), holder.id(), 200)) {
            newest.merge(r.id().series(), r, (a, b) -> a.id().version() >= b.id().version() ? a : b);
        }
        return newest.values().stream()
                .map(r -> new MyLicence(
                        r.id().text(),
                        r.licence().name(),
                        r.licence().number(),
                        r.licence().issuerName(),
                        StatusLifecycle.effective(
                                r.licence().status(), r.licence().validUntil(), now),
                        r.licence().validFrom(),
                        r.licence().validUntil(),
                        r.signed().qrText()))
                .toList();
    }

    @PostMapping("/licences/{id}/presentations")
    @ResponseStatus(HttpStatus.CREATED)
    Presentation present(@PathVariable String id, @RequestParam(required = false) Long lifetimeSeconds, Caller caller) {
        HolderRef holder = caller.requireHolder();
        LicenceRecord record = consent.ownLicence(holder, id);
        if (record.licence().status() != LicenceStatus.VALID) {
            throw new ZhengzhaoException(
                    ErrorCode.ILLEGAL_STATUS_TRANSITION,
                    "this licence is " + record.licence().status() + " and cannot be shown");
        }
        long max = properties.presentationLifetime().toSeconds();
        long lifetime = lifetimeSeconds == null ? max : lifetimeSeconds;
        if (lifetime < MIN_LIFETIME_SECONDS || lifetime > max) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_FIELD, "lifetimeSeconds must be " + MIN_LIFETIME_SECONDS + "-" + max);
        }
        byte[] nonce = new byte[PresentationToken.NONCE_BYTES];
        random.nextBytes(nonce);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofSeconds(lifetime));
        String token = PresentationToken.issue(
                repositoryKey.key(),
                new PresentationToken.Claims(
                        record.id().text(),
                        PresentationToken.holderBinding(holder.idType(), holder.id()),
                        nonce,
                        now,
                        expires));
        return new Presentation(token, expires, lifetime, QrSymbol.encode(token).svg());
    }

    @PostMapping("/grants")
    @ResponseStatus(HttpStatus.CREATED)
    GrantView grant(@RequestBody GrantRequest request, Caller caller) {
        HolderRef holder = caller.requireHolder();
        Grant grant = consent.grant(
                holder,
                request.licenceId(),
                request.hallCode(),
                request.serviceItemCode(),
                request.caseNumber(),
                request.until());
        return GrantView.of(grant, clock.instant());
    }

    @GetMapping("/grants")
    List<GrantView> grants(Caller caller) {
        Instant now = clock.instant();
        return consent.grants(caller.requireHolder()).stream()
                .map(g -> GrantView.of(g, now))
                .toList();
    }

    @DeleteMapping("/grants/{id}")
    GrantView withdraw(@PathVariable String id, Caller caller) {
        UUID grantId;
        try {
            grantId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ZhengzhaoException(ErrorCode.GRANT_NOT_FOUND, "no grant " + id);
        }
        return GrantView.of(consent.withdraw(caller.requireHolder(), grantId), clock.instant());
    }

    @GetMapping("/uses")
    List<UseView> uses(Caller caller) {
        return consent.uses(caller.requireHolder()).stream().map(UseView::of).toList();
    }

    /** One use as the holder's access log shows it: who, when, for what, which fields. */
    public record UseView(
            Instant at,
            String kind,
            String hallCode,
            String serviceItemCode,
            String caseNumber,
            String licenceId,
            List<String> fields,
            String reason) {
        static UseView of(LicenceUse u) {
            return new UseView(
                    u.at(),
                    u.kind().name(),
                    u.hallCode(),
                    u.serviceItemCode(),
                    u.caseNumber(),
                    u.licenceId().text(),
                    u.fields(),
                    u.reason());
        }
    }

    /** A grant as the holder sees it. */
    public record GrantView(
            UUID id,
            String kind,
            String licenceId,
            String hallCode,
            String serviceItemCode,
            String caseNumber,
            Instant until,
            Instant createdAt,
            Instant withdrawnAt,
            Grant.State state) {
        static GrantView of(Grant g, Instant now) {
            return new GrantView(
                    g.id(),
                    g.kind().name(),
                    g.licenceId().text(),
                    g.hallCode(),
                    g.serviceItemCode(),
                    g.caseNumber(),
                    g.until(),
                    g.createdAt(),
                    g.withdrawnAt(),
                    g.stateAt(now));
        }
    }
}
