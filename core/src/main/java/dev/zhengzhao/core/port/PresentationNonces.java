package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceId;
import java.time.Instant;

/** Single use of presentation tokens: each nonce can be claimed once. */
public interface PresentationNonces {
    /** Claims a presentation nonce; false if it was claimed before (a replay). */
    boolean claimNonce(String nonce, LicenceId licence, Instant at, Instant expires);
}
