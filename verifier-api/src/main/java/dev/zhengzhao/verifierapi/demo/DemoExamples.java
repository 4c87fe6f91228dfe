package dev.zhengzhao.verifierapi.demo;

import dev.zhengzhao.core.licence.LicenceRecord;
import java.util.Map;

/** The example calls written to data/demo/examples.sh, one per thing a person would try. */
final class DemoExamples {
    private DemoExamples() {}

    static String script(String base, Map<String, Object> credentials, LicenceRecord valid, LicenceRecord revoked) {
        return """
                #!/usr/bin/env bash
                # Example calls against the demo service. Keys and sample licences: credentials.json.
                set -euo pipefail
                BASE=%s
                ISSUER_KEY=%s
                HALL_KEY=%s
                cd "$(dirname "$0")"

                echo '# a hall verifies a licence QR (valid)'
                curl -s -X POST "$BASE/api/v1/verify" -H "Authorization: Bearer $HALL_KEY" \\
                  -H 'Content-Type: application/json' -d '{"qr": "%s"}'; echo

                echo '# the same for a revoked licence'
                curl -s -X POST "$BASE/api/v1/verify" -H "Authorization: Bearer $HALL_KEY" \\
                  -H 'Content-Type: application/json' -d '{"qr": "%s"}'; echo

                echo '# the public checks a printed QR (personal data masked)'
                curl -s -X POST "$BASE/api/v1/public/verify" -H 'Content-Type: application/json' \\
                  -d '{"qr": "%s"}'; echo

                echo '# an issuer issues a licence (idempotent)'
                curl -s -X POST "$BASE/api/v1/licences" -H "Authorization: Bearer $ISSUER_KEY" \\
                  -H 'Content-Type: application/json' -H "Idempotency-Key: example-$(date +%%s)" \\
                  -d @issue-request.json; echo

                echo '# the sealed PDF, then verify it'
                curl -s -o licence.pdf "$BASE/api/v1/licences/%s/pdf" -H "Authorization: Bearer $ISSUER_KEY"
                curl -s -X POST "$BASE/api/v1/verify/pdf" -H "Authorization: Bearer $HALL_KEY" \\
                  -H 'Content-Type: application/pdf' --data-binary @licence.pdf; echo

                echo '# offline: download the signed trust list, then verify with no service at all'
                curl -s -o trust-list.p7m "$BASE/api/v1/trust-lists/ALL"
                java -jar ../../tools/target/zz.jar verify --trust-list trust-list.p7m \\
                  --trust-list-signer pki/trust-list-signer.pem '%s' | head -c 300; echo

                echo '# the change feed'
                curl -s "$BASE/api/v1/changes?limit=5" -H "Authorization: Bearer $HALL_KEY"; echo
                """
                .formatted(
                        base,
                        credentials.get("issuerApiKey"),
                        credentials.get("hallApiKey"),
                        valid.signed().qrText(),
                        revoked.signed().qrText(),
                        valid.signed().qrText(),
                        valid.id().text(),
                        valid.signed().qrText());
    }
}
