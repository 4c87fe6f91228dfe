package dev.zhengzhao.crosscert.revocation;

import java.io.IOException;
import java.net.URI;

/** Carries an OCSP request to a responder and brings the response back. */
@FunctionalInterface
public interface OcspTransport {
    /** @throws IOException when the responder cannot be reached or answers with an HTTP error */
    byte[] post(URI responder, byte[] request) throws IOException;
}
