package dev.zhengzhao.core.verify;

import java.util.Objects;

/**
 * Who asks for a verification. A named verifier (a hall, a department, the operator) is audited and
 * may check presentation tokens; the public is neither.
 *
 * @param name the API key's or account's name, as the audit records it; never a personal identifier
 * @param role the role the audit records (HALL, ISSUER, OPERATOR…)
 */
public record Verifier(String name, String role) {
    public static final Verifier PUBLIC = new Verifier("public", "PUBLIC");

    public Verifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isPublic() {
        return PUBLIC.role.equals(role);
    }
}
