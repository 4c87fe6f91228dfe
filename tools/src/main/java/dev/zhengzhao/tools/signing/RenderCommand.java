package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.core.verify.VerificationReport;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zz render}: renders and seals the PDF of an already signed record. The record must carry
 * this key's valid signature; the QR is signed afresh from the record's claims.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = "Render and seal the licence PDF of a signed record (record.cose) with the issuer key.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyFile keyFile;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "the signed record (COSE)")
    Path record;

    @Option(names = "--type", paramLabel = "FILE", description = "the licence type (JSON), for field labels")
    Path typeFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the PDF to write")
    Path out;

    @Override
    public Integer call() {
        Pkcs12IssuerKey key = keyFile.read();
        Clock clock = Clock.systemUTC();
        LicenceVerifier verifier = new LicenceVerifier(
                KnownSigners.of(key.certificate()), new PinnedSignerTrust(Map.of(key.certificate(), "local")));
        VerificationReport report = verifier.verifyRecord(Output.read(record), clock.instant());
        if (report.claims() == null
                || report.check(LicenceVerifier.SIGNATURE).orElseThrow().result()
                        != dev.zhengzhao.core.verify.CheckResult.PASSED) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_REQUEST,
                    record + " is not a record signed by this key ("
                            + report.firstProblem().map(c -> c.reason().code()).orElse(Outcome.INVALID.name()) + ")");
        }
        LicenceClaims claims = report.claims();
        String qr = new CoseLicenceSigner(key).sign(claims).qrText();
        Map<String, String> labels = typeFile == null
                ? Map.of()
                : LicenceJson.type(Output.readText(typeFile)).labels();
        Output.write(out, new PadesSealer(key, clock).seal(new PdfBoxLicenceRenderer().render(claims, qr, labels)));
        spec.commandLine().getOut().println("sealed PDF of " + claims.licenceId() + " written to " + out);
        return 0;
    }
}
