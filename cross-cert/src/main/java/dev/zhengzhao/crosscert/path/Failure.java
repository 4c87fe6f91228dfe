package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.verify.Reason;

/**
 * One failed check of a path.
 *
 * @param reason the stable reason
 * @param index position in the path of the certificate at fault (0 = leaf), or -1 for the path as
 *     a whole
 * @param subject that certificate's subject, or null
 * @param detail a human sentence, safe to show anyone
 * @param engineMessage the validation engine's own message, for operators diagnosing a path (zz
 *     verify-path); null when the failure is ours
 */
public record Failure(Reason reason, int index, String subject, String detail, String engineMessage) {
    public Failure(Reason reason, int index, String subject, String detail) {
        this(reason, index, subject, detail, null);
    }
}
