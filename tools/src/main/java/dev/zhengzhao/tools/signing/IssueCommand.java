package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.issue.IssueRequest;
import dev.zhengzhao.core.issue.LicencePreparation;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.signing.LicenceClaims;
import dev.zhengzhao.core.signing.SignedLicence;
import dev.zhengzhao.signer.key.Pkcs12IssuerKey;
import dev.zhengzhao.signer.pdf.PadesSealer;
import dev.zhengzhao.signer.pdf.PdfBoxLicenceRenderer;
import dev.zhengzhao.signer.qr.QrSymbol;
import dev.zhengzhao.signer.sign.CoseLicenceSigner;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zz issue}: offline issuance — prepare the request against the type with core's
 * {@link LicencePreparation}, sign, and write every signed form of the licence into a directory.
 */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        description =
                "Issue one licence offline: writes claims.json, record.cose, qr.txt, qr.png, qr.svg and licence.pdf.")
final class IssueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KeyFile keyFile;

    @Option(names = "--type", required = true, paramLabel = "FILE", description = "the licence type (JSON)")
    Path typeFile;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "the issue request (JSON)")
    Path requestFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write into")
    Path out;

    @Option(names = "--at", paramLabel = "TIME", description = "the signing time, ISO-8601 (default: now)")
    Instant at;

    @Override
    public Integer call() {
        LicenceJson.TypeFile type = LicenceJson.type(Output.readText(typeFile));
        IssueRequest request = LicenceJson.request(Output.readText(requestFile));
        Pkcs12IssuerKey key = keyFile.read();
        Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
        LicencePreparation preparation =
                new LicencePreparation(MemoryCatalogue.types(type), MemoryCatalogue.issuers(type), clock);
        LicencePreparation.Context context = preparation.context(request.typeCode(), request.issuerCode());
        Licence licence = preparation.prepareNew(request, context, new SecureRandom());
        LicenceClaims claims = LicenceClaims.of(licence, context.type());
        SignedLicence signed = new CoseLicenceSigner(key).sign(claims);
        QrSymbol symbol = QrSymbol.encode(signed.qrText());
        Output.write(out.resolve("claims.json"), LicenceJson.claims(claims).ToJSONString() + "\n");
        Output.write(out.resolve("record.cose"), signed.signedRecord());
        Output.write(out.resolve("qr.txt"), signed.qrText() + "\n");
        Output.write(out.resolve("qr.png"), symbol.png(4));
        Output.write(out.resolve("qr.svg"), symbol.svg());
        byte[] pdf = new PadesSealer(key, clock)
                .seal(new PdfBoxLicenceRenderer().render(claims, signed.qrText(), symbol, type.labels()));
        Output.write(out.resolve("licence.pdf"), pdf);
        if (symbol.version() > 10) {
            spec.commandLine()
                    .getErr()
                    .println("zz: warning: the QR needs version " + symbol.version()
                            + " (more than 10); shorten the key fields or holder name");
        }
        spec.commandLine()
                .getOut()
                .println(claims.licenceId() + " signed with " + signed.algorithm() + " key " + signed.kid()
                        + " (QR version " + symbol.version() + ") into " + out);
        return 0;
    }
}
