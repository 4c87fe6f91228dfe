package dev.zhengzhao.core.issue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.port.LicenceWriter.BatchResult;
import dev.zhengzhao.core.port.LicenceWriter.Idempotency;
import dev.zhengzhao.core.port.LicenceWriter.Stored;
import dev.zhengzhao.core.signing.IssuerSigners;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Issues licences: validate → assign identifier → prepare claims → sign → store with the ISSUED
 * event, in one transaction. Images and PDFs are not made here: they are rendered on first request.
 */
public final class IssueLicence {
    private final LicencePreparation preparation;
    private final IssuerSigners signers;
    private final LicenceWriter writer;
    private final Clock clock;
    private final RandomGenerator random;

    public IssueLicence(
            LicencePreparation preparation,
            IssuerSigners signers,
            LicenceWriter writer,
            Clock clock,
            RandomGenerator random) {
        this.preparation = preparation;
        this.signers = signers;
        this.writer = writer;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Issues one licence. With an idempotency key, repeating the same request returns the licence
     * issued the first time (nothing is signed again); another request under the key is refused.
     */
    public Stored issue(IssueRequest request, String idempotencyKey, Actor actor) {
        Prepared prepared = prepare(request, actor);
        Idempotency idempotency =
                idempotencyKey == null ? null : new Idempotency(checkKey(idempotencyKey), request.digest());
        return writer.issue(sign(prepared), idempotency, actor.name());
    }

    /**
     * Issues many licences: each is checked and signed on its own (in parallel), then all that
     * passed are stored in batches. One bad item never stops or rolls back the others.
     */
    public List<ItemResult> issueAll(List<IssueRequest> requests, Actor actor) {
        List<ItemResult> results = new ArrayList<>(requests.size());
        // one catalogue look-up per (type, issuer) in a batch, not two round trips per item
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        List<Object> signedOrError = requests.parallelStream()
                .map(r -> {
                    try {
                        return (Object) sign(prepare(r, actor, memoised(contexts, r)));
                    } catch (ZhengzhaoException e) {
                        return e;
                    } catch (RuntimeException e) {
                        // a key or token failing mid-batch fails this item, never the whole batch
                        return new ZhengzhaoException(
                                ErrorCode.SIGNING_UNAVAILABLE, "this licence could not be signed; try it again", e);
                    }
                })
                .toList();
        List<LicenceRecord> toStore = new ArrayList<>();
        for (Object o : signedOrError) {
            if (o instanceof LicenceRecord r) {
                toStore.add(r);
            }
        }
        List<BatchResult> stored = toStore.isEmpty() ? List.of() : writer.issueAll(toStore, actor.name());
        int next = 0;
        for (int i = 0; i < requests.size(); i++) {
            Object o = signedOrError.get(i);
            if (o instanceof ZhengzhaoException e) {
                results.add(ItemResult.failed(i, e.code(), e.getMessage()));
            } else {
                BatchResult b = stored.get(next++);
                results.add(
                        b.stored()
                                ? new ItemResult(i, b.id(), null, null)
                                : ItemResult.failed(i, b.error(), b.message()));
            }
        }
        return results;
    }

    /** The request's checked context, looked up once per batch; a refusal is remembered too. */
    private LicencePreparation.Context memoised(Map<String, Object> contexts, IssueRequest r) {
        Object context = contexts.computeIfAbsent(r.typeCode() + "|" + r.issuerCode(), k -> {
            try {
                return preparation.context(r.typeCode(), r.issuerCode());
            } catch (ZhengzhaoException e) {
                return e;
            }
        });
        if (context instanceof ZhengzhaoException e) {
            throw new ZhengzhaoException(e.code(), e.getMessage());
        }
        return (LicencePreparation.Context) context;
    }

    /** One bulk item's outcome: the identifier issued, or why it was refused. */
    public record ItemResult(int index, LicenceId id, ErrorCode error, String message) {
        static ItemResult failed(int index, ErrorCode error, String message) {
            return new ItemResult(index, null, error, message);
        }

        public boolean ok() {
            return id != null;
        }
    }

    private record Prepared(Licence licence, LicencePreparation.Context context) {}

    private Prepared prepare(IssueRequest request, Actor actor) {
        return prepare(request, actor, preparation.context(request.typeCode(), request.issuerCode()));
    }

    private Prepared prepare(IssueRequest request, Actor actor, LicencePreparation.Context context) {
        actor.requireMayActFor(context.issuer().code());
        return new Prepared(preparation.prepareNew(request, context, random), context);
    }

    private LicenceRecord sign(Prepared prepared) {
        LicenceClaims claims =
                LicenceClaims.of(prepared.licence(), prepared.context().type());
        SignedLicence signed =
                signers.forIssuer(prepared.context().issuer().code()).sign(claims);
        return new LicenceRecord(prepared.licence(), signed, clock.instant());
    }

    static String checkKey(String key) {
        if (key.isBlank() || key.length() > 200 || key.chars().anyMatch(Character::isISOControl)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "Idempotency-Key must be 1-200 printable characters");
        }
        return key;
    }
}
