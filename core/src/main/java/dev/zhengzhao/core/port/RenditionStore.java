package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceId;
import java.util.Optional;

/** Keeps rendered forms of a licence version (QR PNG/SVG, sealed PDF) so each is made once. */
public interface RenditionStore {
    Optional<byte[]> find(LicenceId id, String kind);

    /** Stores a rendition unless one exists already; returns the stored one. */
    byte[] keep(LicenceId id, String kind, byte[] content);
}
