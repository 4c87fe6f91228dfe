package dev.zhengzhao.verifierapi.status;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusView;
import java.time.Instant;
import java.time.LocalDate;

/** The cached form of a status: {@code STATUS|validUntil|latestVersion|changedAtEpochMillis}. */
final class StatusCodec {
    private StatusCodec() {}

    static String key(LicenceId id) {
        return "zz:status:" + id.series() + ":" + id.version();
    }

    static String encode(StatusView v) {
        return v.stored().name() + "|"
                + (v.validUntil() == null ? "" : v.validUntil().toString()) + "|" + v.latestVersion() + "|"
                + v.changedAt().toEpochMilli();
    }

    static StatusView decode(LicenceId id, String text) {
        String[] p = text.split("\\|", -1);
        return new StatusView(
                id,
                LicenceStatus.valueOf(p[0]),
                p[1].isEmpty() ? null : LocalDate.parse(p[1]),
                Integer.parseInt(p[2]),
                Instant.ofEpochMilli(Long.parseLong(p[3])));
    }
}
