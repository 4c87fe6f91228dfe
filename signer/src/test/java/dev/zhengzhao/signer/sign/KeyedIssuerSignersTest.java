package dev.zhengzhao.signer.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyedIssuerSignersTest {
    @TempDir
    Path dir;

    @Test
    void signsWithTheKeyLoadedForTheIssuerAndRefusesOtherIssuers() throws Exception {
        Pkcs12IssuerKey key = TestLicences.key(SignatureAlgorithm.SM2_SM3);
        Path file = dir.resolve("issuer.p12");
        Files.write(file, key.toPkcs12("pw".toCharArray()));
        KeyedIssuerSigners signers =
                KeyedIssuerSigners.fromPkcs12(Map.of(TestLicences.ISSUER, file), "pw".toCharArray());

        SignedLicence signed = signers.forIssuer(TestLicences.ISSUER).sign(TestLicences.typical());
        assertEquals(key.kid().hex(), signed.kid());
        assertEquals("SM2-SM3", signed.algorithm());

        ZhengzhaoException refused = assertThrows(
                ZhengzhaoException.class, () -> signers.forIssuer(CreditCode.withCheck("91440101MA5CXXXX1")));
        assertEquals(ErrorCode.SIGNING_UNAVAILABLE, refused.code());
    }
}
