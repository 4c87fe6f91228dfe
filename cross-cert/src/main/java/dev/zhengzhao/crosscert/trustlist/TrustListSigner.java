package dev.zhengzhao.crosscert.trustlist;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.crosscert.pki.CaKeys;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a trust list: the JSON document is prepared first, then the trust-list key (inside {@link
 * CaKeys}) signs it as CMS SignedData with the content encapsulated and the signer's certificate
 * attached.
 */
public final class TrustListSigner {
    private final CaKeys keys;
    private final String alias;

    /** @param alias the trust-list signing key in {@code keys} */
    public TrustListSigner(CaKeys keys, String alias) {
        this.keys = keys;
        this.alias = alias;
    }

    /** The JSON content exactly as it will be signed. */
    public static byte[] content(TrustList list) {
        return TrustListJson.write(list);
    }

    /** The signed list, DER-encoded CMS SignedData. */
    public byte[] sign(TrustList list) {
        byte[] content = content(list);
        X509Certificate certificate = keys.certificate(alias);
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(Providers.bc())
                            .build())
                    .build(keys.signer(alias), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator
                    .generate(new CMSProcessableByteArray(content), true)
                    .getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new ZhengzhaoException(ErrorCode.SIGNING_UNAVAILABLE, "cannot sign the trust list", e);
        }
    }
}
