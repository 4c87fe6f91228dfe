package dev.zhengzhao.crosscert.path;

import dev.zhengzhao.core.verify.Reason;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

/**
 * Translates the PKIX engine's failures into stable {@link Reason}s. The engine reports a JCA reason
 * when it has one and otherwise only a message; the messages matched here are Bouncy Castle's and
 * the PKITS conformance test pins them, so an upgrade that changes one shows up there.
 */
final class FailureMapping {
    private FailureMapping() {}

    private record Rule(String fragment, Reason reason) {}

    /** Most specific first: the first rule whose fragment the message contains decides. */
    private static final List<Rule> RULES = List.of(
            new Rule("trustanchor found but", Reason.SIGNATURE_INVALID),
            new Rule("certificate expired", Reason.EXPIRED),
            new Rule("not valid till", Reason.NOT_YET_VALID),
            new Rule("not yet valid", Reason.NOT_YET_VALID),
            new Rule("keyusage", Reason.KEY_USAGE),
            new Rule("key usage", Reason.KEY_USAGE),
            new Rule("crl signer", Reason.REVOCATION_UNKNOWN),
            new Rule("revocation after", Reason.REVOKED),
            new Rule("revoked", Reason.REVOKED),
            new Rule("status could not be determined", Reason.REVOCATION_UNKNOWN),
            new Rule("crl", Reason.REVOCATION_UNKNOWN),
            new Rule("lacks basicconstraints", Reason.NOT_A_CA),
            new Rule("not a ca", Reason.NOT_A_CA),
            new Rule("path length", Reason.PATH_LENGTH_EXCEEDED),
            new Rule("subtree", Reason.NAME_CONSTRAINT_VIOLATED),
            new Rule("name constraint", Reason.NAME_CONSTRAINT_VIOLATED),
            new Rule("policy", Reason.POLICY_NOT_ACCEPTABLE),
            new Rule("critical extension", Reason.UNSUPPORTED_CRITICAL_EXTENSION),
            new Rule("signature", Reason.SIGNATURE_INVALID),
            new Rule("trust anchor", Reason.SIGNATURE_INVALID),
            new Rule("does not match", Reason.NAME_CHAINING),
            new Rule("issuer", Reason.NAME_CHAINING));

    static Failure of(CertPathValidatorException e, List<X509Certificate> path) {
        int index = e.getIndex();
        String subject = index >= 0 && index < path.size()
                ? path.get(index).getSubjectX500Principal().getName()
                : null;
        String message = e.getMessage() == null ? "" : e.getMessage();
        Reason reason = reason(e, message);
        String where = subject == null ? "the path" : "certificate " + index + " (" + subject + ")";
        return new Failure(reason, index, subject, sentence(reason) + ": " + where, message);
    }

    /** What each reason means, in words a hall clerk can pass on. */
    private static String sentence(Reason reason) {
        return switch (reason) {
            case EXPIRED -> "a certificate had expired at the validation time";
            case NOT_YET_VALID -> "a certificate was not yet valid at the validation time";
            case REVOKED -> "a certificate is revoked";
            case REVOCATION_UNKNOWN -> "the revocation status of a certificate cannot be determined";
            case SIGNATURE_INVALID -> "a certificate's signature does not verify";
            case PATH_LENGTH_EXCEEDED -> "the path is longer than a CA allows";
            case NOT_A_CA -> "a certificate in the middle of the path is not a CA";
            case KEY_USAGE -> "a key is used for something its certificate does not allow";
            case NAME_CONSTRAINT_VIOLATED -> "a name is outside what a CA on the path may certify";
            case POLICY_NOT_ACCEPTABLE -> "no acceptable certificate policy holds for the path";
            case NAME_CHAINING -> "an issuer name does not match the certificate above it";
            case UNSUPPORTED_CRITICAL_EXTENSION -> "a certificate has a critical extension that is not understood";
            default -> "the path does not validate";
        };
    }

    private static Reason reason(CertPathValidatorException e, String message) {
        if (e.getReason() instanceof BasicReason basic) {
            switch (basic) {
                case EXPIRED:
                    return Reason.EXPIRED;
                case NOT_YET_VALID:
                    return Reason.NOT_YET_VALID;
                case REVOKED:
                    return Reason.REVOKED;
                case UNDETERMINED_REVOCATION_STATUS:
                    return Reason.REVOCATION_UNKNOWN;
                case INVALID_SIGNATURE:
                    return Reason.SIGNATURE_INVALID;
                default:
                    break;
            }
        } else if (e.getReason() instanceof PKIXReason pkix) {
            switch (pkix) {
                case NOT_CA_CERT:
                    return Reason.NOT_A_CA;
                case PATH_TOO_LONG:
                    return Reason.PATH_LENGTH_EXCEEDED;
                case INVALID_KEY_USAGE:
                    return Reason.KEY_USAGE;
                case INVALID_NAME:
                    return Reason.NAME_CONSTRAINT_VIOLATED;
                case INVALID_POLICY:
                    return Reason.POLICY_NOT_ACCEPTABLE;
                case NAME_CHAINING:
                    return Reason.NAME_CHAINING;
                case UNRECOGNIZED_CRIT_EXT:
                    return Reason.UNSUPPORTED_CRITICAL_EXTENSION;
                default:
                    break;
            }
        }
        // the top message first; the engine sometimes wraps the telling message in a cause
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (Rule rule : RULES) {
                if (text.contains(rule.fragment())) {
                    return rule.reason();
                }
            }
        }
        return Reason.PATH_INVALID;
    }
}
