package dev.zhengzhao.signer.presentation;

import dev.zhengzhao.signer.cose.CoseSign1;
import dev.zhengzhao.signer.key.IssuerKey;
import dev.zhengzhao.signer.key.Kid;
import dev.zhengzhao.signer.verify.SignerCertificates;
import java.util.Base64;
import java.util.Optional;

/**
 * Evidence of a disclosure for a hall's case file: the disclosure document (UTF-8 JSON, as the
 * service wrote it) signed by the repository's key as a COSE_Sign1, in text form
 * {@code ZZE1:} + base64url (no padding) of the COSE bytes. Anyone with the repository's signing
 * certificate can check later that the repository disclosed exactly these fields.
 */
public final class DisclosureEvidence {
    public static final String PREFIX = "ZZE1:";
    private static final int MAX_TEXT = 64 * 1024;

    private DisclosureEvidence() {}

    public static String sign(IssuerKey repositoryKey, byte[] document) {
        return PREFIX
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(CoseSign1.sign(repositoryKey, document).encode());
    }

    /** The signed document when the evidence verifies under one of {@code repositoryKeys}. */
    public static Optional<byte[]> verify(String evidence, SignerCertificates repositoryKeys) {
        try {
            if (evidence == null || !evidence.startsWith(PREFIX) || evidence.length() > MAX_TEXT) {
                return Optional.empty();
            }
            byte[] bytes = Base64.getUrlDecoder().decode(evidence.substring(PREFIX.length()));
            return CoseSign1.decode(bytes)
                    .filter(cose -> repositoryKeys
                            .find(new Kid(cose.kid()))
                            .map(s -> s.key().verify(cose.toBeSigned(), cose.signature()))
                            .orElse(false))
                    .map(CoseSign1::payload);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
