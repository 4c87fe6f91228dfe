package dev.zhengzhao.core.issue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.port.LicenceWriter;
import dev.zhengzhao.core.status.StatusAction;
import dev.zhengzhao.core.status.StatusEvent;
import java.time.Clock;

/** Suspends, resumes, revokes or cancels a licence version, with a reason and an actor. */
public final class ChangeLicenceStatus {
    private static final int MAX_REASON = 500;

    private final LicenceWriter writer;
    private final Clock clock;

    public ChangeLicenceStatus(LicenceWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    public StatusEvent change(LicenceId id, StatusAction action, String reason, Actor actor) {
        if (action == null) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST, "action is required: one of SUSPEND, RESUME, REVOKE, CANCEL");
        }
        if (action == StatusAction.SUPERSEDE) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    "a licence is superseded by amending it (a new version), not by a status change");
        }
        if (action != StatusAction.RESUME && (reason == null || reason.isBlank())) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, action + " needs a reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_FIELD, "reason is longer than " + MAX_REASON + " characters");
        }
        actor.requireMayActFor(id.issuerCode());
        return writer.changeStatus(id, action, reason == null ? null : reason.strip(), actor.name(), clock.instant());
    }
}
