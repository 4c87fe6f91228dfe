package dev.zhengzhao.verifierapi.trust;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.CertificateAuthority;
import dev.zhengzhao.crosscert.revocation.CrlPublisher;
import dev.zhengzhao.crosscert.revocation.OcspResponder;
import dev.zhengzhao.crosscert.revocation.RevocationEntry;
import dev.zhengzhao.crosscert.revocation.RevocationRegistry;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListDelta;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import dev.zhengzhao.verifierapi.signing.IssuerKeyring;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the service publishes for the CAs it operates ({@link OperatedCas}): CRLs, an OCSP
 * responder, operator revocation, and signed, versioned trust lists per jurisdiction and combined,
 * with deltas, for verifiers that work offline. A deployment that operates no CA answers 404.
 */
@RestController
public class PkiController {
    private static final Duration LIST_LIFETIME = Duration.ofDays(7);

    private final OperatedCas operated;
    private final String homeJurisdiction;
    private final IssuerKeyring keyring;
    private final TypeCatalogue catalogue;
    private final Clock clock;
    private final RevocationRegistry registry;
    private final RevocationLedger ledger;
    /** Lists published by this process, by scope and sequence, so a delta can be computed from them. */
    private final Map<String, Map<Long, TrustList>> published = new ConcurrentHashMap<>();

    public PkiController(
            OperatedCas operated,
            TrustProperties trust,
            IssuerKeyring keyring,
            TypeCatalogue catalogue,
            RevocationLedger ledger,
            Clock clock) {
        this.operated = operated;
        this.homeJurisdiction = trust.homeJurisdiction();
        this.ledger = ledger;
        this.registry = ledger.registry();
        this.keyring = keyring;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping(path = "/pki/{ca}.crl", produces = "application/pkix-crl")
    byte[] crl(@PathVariable String ca) {
        return new CrlPublisher(authority(ca), registry, Duration.ofDays(1)).crl(clock.instant());
    }

    @PostMapping(path = "/pki/{ca}/ocsp", consumes = "application/ocsp-request", produces = "application/ocsp-response")
    byte[] ocsp(@PathVariable String ca, @RequestBody byte[] request) {
        return new OcspResponder(authority(ca), registry, Duration.ofHours(1)).respond(request, clock.instant());
    }

    /** The body of a certificate revocation: which CA, the serial in hex, an RFC 5280 reason code. */
    public record Revocation(String ca, String serialHex, int reason) {}

    @PostMapping("/api/v1/pki/revocations")
    Map<String, Object> revoke(@RequestBody Revocation revocation, Caller caller) {
        caller.require(Role.OPERATOR);
        authority(revocation.ca());
        BigInteger serial;
        try {
            serial = new BigInteger(revocation.serialHex(), 16);
        } catch (NumberFormatException | NullPointerException e) {
            throw new ZhengzhaoException(ErrorCode.INVALID_FIELD, "serialHex must be the certificate serial in hex");
        }
        ledger.revoke(
                revocation.ca(), new RevocationEntry(serial, clock.instant(), revocation.reason()), caller.name());
        return Map.of("ca", revocation.ca(), "serialHex", serial.toString(16), "epoch", registry.epoch());
    }

    /** The signed trust list (CMS SignedData, DER) of a jurisdiction or of ALL. */
    @GetMapping(path = "/api/v1/trust-lists/{scope}", produces = "application/pkcs7-mime")
    ResponseEntity<byte[]> trustList(@PathVariable String scope) {
        TrustList list = current(scope);
        byte[] signed = operated.trustListSigner().sign(list);
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"trust-list-" + scope + "-" + list.sequence() + ".p7m\"")
                .header("ZZ-Trust-List-Sequence", String.valueOf(list.sequence()))
                .body(signed);
    }

    /** What changed since a sequence the caller holds. */
    @GetMapping("/api/v1/trust-lists/{scope}/delta")
    TrustListDelta delta(@PathVariable String scope, @RequestParam long since) {
        TrustList now = current(scope);
        TrustList older = published.getOrDefault(scope, Map.of()).get(since);
        if (older == null) {
            older = new TrustList(
                    scope, since, now.issuedAt(), now.nextUpdate(), List.of(), List.of(), List.of(), List.of());
        }
        return TrustListDelta.between(older, now);
    }

    private TrustList current(String scope) {
        BridgePki bridge = bridge();
        Set<String> scopes = new java.util.TreeSet<>(bridge.domains().keySet());
        scopes.add(TrustList.ALL);
        if (!scopes.contains(scope)) {
            throw new ZhengzhaoException(ErrorCode.NOT_FOUND, "no trust list " + scope + "; one of " + scopes);
        }
        long sequence = 1 + registry.epoch();
        return published.computeIfAbsent(scope, s -> new ConcurrentHashMap<>()).computeIfAbsent(sequence, seq -> {
            Instant now = clock.instant();
            return TrustList.fromPki(bridge, scope, seq, now, now.plus(LIST_LIFETIME), signers(scope), List.of());
        });
    }

    private List<TrustList.SignerEntry> signers(String scope) {
        if (!scope.equals(homeJurisdiction) && !scope.equals(TrustList.ALL)) {
            return List.of();
        }
        List<TrustList.SignerEntry> entries = new ArrayList<>();
        keyring.keys()
                .forEach((issuer, key) -> entries.add(new TrustList.SignerEntry(
                        keyring.jurisdictions().get(issuer), key.certificate(), typesOf(issuer))));
        return entries;
    }

    private Set<String> typesOf(CreditCode issuer) {
        Set<String> types = catalogue.allTypes().stream()
                .filter(t -> t.mayBeIssuedBy(issuer))
                .map(t -> t.code().value())
                .collect(Collectors.toSet());
        return types.isEmpty() ? Set.of("*") : types;
    }

    private BridgePki bridge() {
        requireOperated();
        return operated.bridge();
    }

    private CertificateAuthority authority(String ca) {
        requireOperated();
        return operated.authority(ca)
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.NOT_FOUND,
                        "this service operates no CA " + ca + "; one of "
                                + new java.util.TreeSet<>(operated.authorities().keySet())));
    }

    private void requireOperated() {
        if (!operated.any()) {
            throw new ZhengzhaoException(
                    ErrorCode.NOT_FOUND, "this deployment operates no CA; trust lists come from the bridge operator");
        }
    }
}
