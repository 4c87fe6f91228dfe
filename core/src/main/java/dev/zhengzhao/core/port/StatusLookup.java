package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.StatusView;
import java.util.Optional;

/** The verifier's hot path: one licence's status, in one round trip. */
public interface StatusLookup {
    Optional<StatusView> status(LicenceId id);
}
