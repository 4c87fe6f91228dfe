package dev.zhengzhao.core.signing;

import java.util.Objects;

/**
 * The signed forms of one licence version that the repository stores.
 *
 * @param signedRecord COSE_Sign1 over the full claims: the source of truth
 * @param qrText the compact QR text (prefix + Base45 of the compressed COSE_Sign1 over key claims)
 * @param kid the signing key identifier, as in the COSE header
 * @param algorithm the signature algorithm name (SM2-SM3, ES256, EdDSA)
 */
public record SignedLicence(byte[] signedRecord, String qrText, String kid, String algorithm) {
    public SignedLicence {
        Objects.requireNonNull(signedRecord, "signedRecord");
        Objects.requireNonNull(qrText, "qrText");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        signedRecord = signedRecord.clone();
    }

    @Override
    public byte[] signedRecord() {
        return signedRecord.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedLicence s
                && java.util.Arrays.equals(signedRecord, s.signedRecord)
                && qrText.equals(s.qrText)
                && kid.equals(s.kid)
                && algorithm.equals(s.algorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(signedRecord) * 31 + qrText.hashCode();
    }

    @Override
    public String toString() {
        return "SignedLicence[kid=" + kid + ", algorithm=" + algorithm + ", " + signedRecord.length + " bytes]";
    }
}
