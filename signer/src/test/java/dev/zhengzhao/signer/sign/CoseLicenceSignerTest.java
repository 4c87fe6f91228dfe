package dev.zhengzhao.signer.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.TestLicences;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.key.SignatureAlgorithm;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoseLicenceSignerTest {
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signedQrAndRecordVerifyOfflineAndGiveBackTheClaims(SignatureAlgorithm algorithm) {
        Pkcs12IssuerKey key = TestLicences.key(algorithm);
        LicenceClaims claims = TestLicences.typical();
        SignedLicence signed = new CoseLicenceSigner(key).sign(claims);
        LicenceVerifier verifier = new LicenceVerifier(
                KnownSigners.of(key.certificate()), new PinnedSignerTrust(Map.of(key.certificate(), "GD")));

        VerificationReport qr = verifier.verifyQr(signed.qrText(), AT);
        assertEquals(Outcome.VALID, qr.outcome(), qr.checks().toString());
        assertEquals(claims.licenceId(), qr.claims().licenceId());
        assertEquals(claims.holderName(), qr.claims().holderName());
        assertEquals("****1231", qr.claims().holderId());
        assertEquals(claims.validFrom(), qr.claims().validFrom());
        assertEquals(claims.validUntil(), qr.claims().validUntil());
        assertEquals(claims.qrFields(), qr.claims().qrFields());
        assertEquals("GD", qr.jurisdiction());

        VerificationReport record = verifier.verifyRecord(signed.signedRecord(), AT);
        assertEquals(Outcome.VALID, record.outcome(), record.checks().toString());
        assertEquals(claims, record.claims());
        assertEquals(key.kid().hex(), signed.kid());
        assertEquals(algorithm.coseName(), signed.algorithm());
    }

    @org.junit.jupiter.api.Test
    void longTermCompanyLicenceVerifiesWithoutAnExpiry() {
        Pkcs12IssuerKey key = TestLicences.key(SignatureAlgorithm.SM2_SM3);
        LicenceClaims typical = TestLicences.typical();
        LicenceClaims company = new LicenceClaims(
                typical.licenceId(),
                typical.typeCode(),
                "食品经营许可证",
                "JY14401040012345",
                typical.issuerCode(),
                typical.issuerName(),
                "广州市越秀区某某餐饮管理有限公司",
                "91440101MA5CXXXX1X".substring(0, 17) + "0",
                "001",
                typical.issueDate(),
                typical.validFrom(),
                null,
                typical.issuedAt(),
                Map.of(),
                Map.of());
        SignedLicence signed = new CoseLicenceSigner(key).sign(company);
        LicenceVerifier verifier = new LicenceVerifier(
                KnownSigners.of(key.certificate()), new PinnedSignerTrust(Map.of(key.certificate(), "GD")));
        VerificationReport report = verifier.verifyQr(signed.qrText(), Instant.parse("2028-06-01T00:00:00Z"));
        assertEquals(Outcome.VALID, report.outcome(), report.checks().toString());
        assertEquals(null, report.claims().validUntil());
        assertEquals("long-term licence", report.check("validity").orElseThrow().detail());
        assertTrue(
                QrSymbol.encode(signed.qrText()).version() <= 11, "a 16-character company name still fits version 11");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void typicalLicenceQrFitsVersionTenAtLevelM(SignatureAlgorithm algorithm) {
        SignedLicence signed = new CoseLicenceSigner(TestLicences.key(algorithm)).sign(TestLicences.typical());
        QrSymbol symbol = QrSymbol.encode(signed.qrText());
        assertTrue(
                symbol.version() <= 10,
                "QR version " + symbol.version() + " for " + signed.qrText().length() + " characters");
    }
}
