package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.trust.SignerTrust;
import dev.zhengzhao.core.verify.Check;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.crosscert.trustlist.TrustList;
import dev.zhengzhao.crosscert.trustlist.TrustListSignerTrust;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.qr.QrImageReader;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import dev.zhengzhao.signer.verify.SealedPdfVerifier;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zz verify}: offline verification of a QR text, a photo of a QR, or a sealed PDF against
 * pinned signer certificates. Prints the report as JSON; exit 0 when VALID, 3 when INVALID, 4 when
 * INDETERMINATE.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a licence offline (QR text, QR image or sealed PDF) against signer certificates;"
                + " prints the report as JSON, exits 0 only when VALID (3 INVALID, 4 INDETERMINATE).")
final class VerifyCommand implements Callable<Integer> {
    static final int INVALID = 3;
    static final int INDETERMINATE = 4;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--cert",
            paramLabel = "FILE",
            description = "a trusted signer certificate (PEM or DER); repeatable")
    List<Path> certificates = new java.util.ArrayList<>();

    @Option(
            names = "--trust-list",
            paramLabel = "FILE",
            description = "a signed trust list (CMS, as GET /api/v1/trust-lists/{scope} serves it): trust its signers")
    Path trustList;

    @Option(
            names = "--trust-list-signer",
            paramLabel = "FILE",
            description = "the certificate the trust list must be signed by (PEM or DER)")
    Path trustListSigner;

    @Option(
            names = "--jurisdiction",
            defaultValue = "GD",
            description = "jurisdiction of the pinned signers (default ${DEFAULT-VALUE})")
    String jurisdiction;

    @Option(names = "--at", paramLabel = "TIME", description = "validation time, ISO-8601 (default: now)")
    Instant at;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "QR_TEXT", description = "the QR text (ZZ1:…)")
        String text;

        @Option(names = "--image", paramLabel = "FILE", description = "a PNG or JPEG photo or scan of the QR code")
        Path image;

        @Option(names = "--pdf", paramLabel = "FILE", description = "a sealed licence PDF")
        Path pdf;
    }

    @Override
    public Integer call() {
        Map<X509Certificate, String> pinned = new HashMap<>();
        for (Path file : certificates) {
            try {
                pinned.put(IssuerKeys.certificate(Output.read(file)), jurisdiction);
            } catch (IllegalArgumentException e) {
                throw new ZhengzhaoException(ErrorCode.INVALID_REQUEST, file + " is not an X.509 certificate");
            }
        }
        Instant time = at == null ? Instant.now() : at;
        List<X509Certificate> known = new java.util.ArrayList<>(pinned.keySet());
        SignerTrust trust;
        if (trustList != null) {
            TrustList list = OfflineTrustList.load(trustList, trustListSigner, time);
            list.signers().forEach(s -> known.add(s.certificate()));
            trust = new TrustListSignerTrust(list);
        } else if (pinned.isEmpty()) {
            throw new ZhengzhaoException(
                    ErrorCode.MISSING_FIELD, "give the trusted signers: --cert FILE (repeatable) or --trust-list FILE");
        } else {
            trust = new PinnedSignerTrust(pinned);
        }
        LicenceVerifier verifier = new LicenceVerifier(new KnownSigners(known), trust);
        VerificationReport report;
        if (input.pdf != null) {
            report = new SealedPdfVerifier(verifier, trust).verify(Output.read(input.pdf), time);
        } else if (input.image != null) {
            report = switch (QrImageReader.read(Output.read(input.image))) {
                case QrImageReader.Found found -> verifier.verifyQr(found.text(), time);
                case QrImageReader.NotFound none ->
                    VerificationReport.of(
                            time, List.of(Check.failed(LicenceVerifier.FORMAT, none.reason(), none.detail())));
            };
        } else {
            report = verifier.verifyQr(input.text.strip(), time);
        }
        spec.commandLine().getOut().println(ReportJson.of(report));
        return switch (report.outcome()) {
            case VALID -> 0;
            case INVALID -> INVALID;
            case INDETERMINATE -> INDETERMINATE;
        };
    }
}
