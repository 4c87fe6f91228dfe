package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.status.StatusEvent;
import java.util.List;

/** The append-only history of every version of a licence, oldest first. */
public interface StatusHistory {
    List<StatusEvent> history(LicenceId anyVersion);
}
