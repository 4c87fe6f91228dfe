package dev.zhengzhao.crosscert.trustlist;

import dev.zhengzhao.crosscert.pki.Providers;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * The verifier side of trust lists: the CMS signature must verify with the configured trust-list
 * signer certificate (not merely with a certificate the list carries), the list must be current at
 * the validation time, and not older than the last list this verifier accepted.
 */
public final class TrustListVerifier {
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final X509Certificate listSigner;

    /** @param listSigner the trust-list signer certificate, configured out of band */
    public TrustListVerifier(X509Certificate listSigner) {
        this.listSigner = listSigner;
    }

    /**
     * @param signedList the CMS SignedData bytes
     * @param at the validation time
     * @param lastAcceptedSequence the sequence of the last list accepted, or -1 for none; a lower
     *     sequence is a rollback and refused, the same sequence is accepted (the same list again)
     */
    public TrustListCheck verify(byte[] signedList, Instant at, long lastAcceptedSequence) {
        byte[] content;
        try {
            CMSSignedData cms = new CMSSignedData(signedList);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1 || cms.getSignedContent() == null) {
                return new TrustListCheck.Refused(
                        "malformed", "a trust list has exactly one signer and its content inside");
            }
            SignerInformation signer = signers.iterator().next();
            if (!signer.getSID().match(new org.bouncycastle.cert.X509CertificateHolder(listSigner.getEncoded()))) {
                return new TrustListCheck.Refused(
                        "unknown-signer", "the list is not signed by the configured trust-list signer");
            }
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Providers.bc())
                    .build(listSigner));
            if (!valid) {
                return new TrustListCheck.Refused("bad-signature", "the trust list signature does not verify");
            }
            content = (byte[]) cms.getSignedContent().getContent();
        } catch (Exception e) {
            // a CMS or signature failure of any kind: the bytes are not a list we can trust
            return new TrustListCheck.Refused("bad-signature", "the trust list signature cannot be verified");
        }
        TrustList list;
        try {
            list = TrustListJson.read(content);
        } catch (RuntimeException e) {
            return new TrustListCheck.Refused("malformed", "the signed content is not a trust list: " + e.getMessage());
        }
        if (at.isAfter(list.nextUpdate())) {
            return new TrustListCheck.Refused(
                    "stale", "the trust list's deadline " + list.nextUpdate() + " has passed; fetch a newer list");
        }
        if (list.issuedAt().isAfter(at.plus(SKEW))) {
            return new TrustListCheck.Refused("not-yet-valid", "the trust list is issued after the validation time");
        }
        if (list.sequence() < lastAcceptedSequence) {
            return new TrustListCheck.Refused(
                    "older-version",
                    "sequence " + list.sequence() + " is older than the accepted " + lastAcceptedSequence);
        }
        return new TrustListCheck.Accepted(list);
    }
}
