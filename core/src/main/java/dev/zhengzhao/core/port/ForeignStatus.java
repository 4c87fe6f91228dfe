package dev.zhengzhao.core.port;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.verify.Check;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status of a credential this repository does not hold: one of another jurisdiction (Hong
 * Kong, Macau), verified through the bridge. Its status is kept where it was issued; an
 * implementation learns it from there (e.g. that jurisdiction's signed status list).
 */
public interface ForeignStatus {
    /** Knows no foreign status: the report says that the status is kept elsewhere. */
    ForeignStatus NONE = (claims, jurisdiction, at) -> Optional.empty();

    /**
     * @return the {@code status} and {@code version} checks, or empty when nothing can be learned
     *     here about that jurisdiction's credentials
     */
    Optional<List<Check>> status(LicenceClaims claims, String jurisdiction, Instant at);
}
