package dev.zhengzhao.core.licence;

import dev.zhengzhao.core.signing.SignedLicence;
import java.time.Instant;
import java.util.Objects;

/**
 * A licence version as the repository keeps it: the licence, its signed forms, and when it was stored.
 */
public record LicenceRecord(Licence licence, SignedLicence signed, Instant storedAt) {
    public LicenceRecord {
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(storedAt, "storedAt");
    }

    public LicenceId id() {
        return licence.id();
    }
}
