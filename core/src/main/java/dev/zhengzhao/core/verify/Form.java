package dev.zhengzhao.core.verify;

import dev.zhengzhao.core.licence.LicenceId;
import java.util.Objects;

/** What a verifier was handed. */
public sealed interface Form {
    /** The name of the form in the audit and in metrics, e.g. VERIFY_QR. */
    String action();

    /**
     * A scanned QR text ({@code ZZ1:…}): a licence QR or a presentation token, told apart once the
     * payload is decoded.
     */
    record QrText(String text) implements Form {
        public QrText {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String action() {
            return "VERIFY_QR";
        }
    }

    /** A photo or scan with a QR in it. */
    record QrImage(byte[] image) implements Form {
        public QrImage {
            Objects.requireNonNull(image, "image");
        }

        @Override
        public String action() {
            return "VERIFY_IMAGE";
        }
    }

    /** A sealed licence PDF. */
    record Pdf(byte[] pdf) implements Form {
        public Pdf {
            Objects.requireNonNull(pdf, "pdf");
        }

        @Override
        public String action() {
            return "VERIFY_PDF";
        }
    }

    /** A presentation token (亮证码) and nothing else: a licence QR handed as one is refused. */
    record PresentationToken(String text) implements Form {
        public PresentationToken {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String action() {
            return "VERIFY_PRESENTATION";
        }
    }

    /** A licence identifier: its signed record as stored, and its status. */
    record Identifier(LicenceId id) implements Form {
        public Identifier {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String action() {
            return "VERIFY_ID";
        }
    }
}
