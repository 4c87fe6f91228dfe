package dev.zhengzhao.verifierapi.access;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may call which route, checked before a request body is read, so a caller without the right
 * role learns only that (401/403), never how its body would have been judged. The controllers
 * check again; this table is the one place to read the API's access policy at a glance.
 */
public final class AccessRules {
    /** One rule: an HTTP method (or any) and a path pattern, and the roles it admits. */
    record Rule(String method, Pattern path, Set<Role> roles) {
        boolean matches(String m, String p) {
            return (method == null || method.equals(m)) && path.matcher(p).matches();
        }
    }

    private static final Set<Role> ANYONE = Set.of(Role.values());
    private static final Set<Role> WRITERS = Set.of(Role.ISSUER, Role.OPERATOR);
    private static final Set<Role> VERIFIERS = Set.of(Role.ISSUER, Role.HALL, Role.OPERATOR);

    /** First match wins; a route no rule names is left to the controllers (an unknown one is a 404). */
    private static final List<Rule> RULES = List.of(
            rule(null, "/api/v1/public/.*", ANYONE),
            rule("GET", "/api/v1/service-items", ANYONE),
            rule("GET", "/api/v1/trust-lists/.*", ANYONE),
            rule(null, "/api/v1/holder/.*", Set.of(Role.HOLDER)),
            rule(null, "/api/v1/hall/.*", Set.of(Role.HALL)),
            rule(null, "/api/v1/pki/.*", Set.of(Role.OPERATOR)),
            rule("GET", "/api/v1/licences/[^/]+/status", VERIFIERS),
            rule(null, "/api/v1/licences(:bulk)?(/.*)?", WRITERS),
            rule(null, "/api/v1/verify(/.*)?", VERIFIERS),
            rule("GET", "/api/v1/changes", VERIFIERS));

    private AccessRules() {}

    private static Rule rule(String method, String regex, Set<Role> roles) {
        return new Rule(method, Pattern.compile(regex), roles);
    }

    /** Refuses the caller unless a rule for this route admits its role. */
    public static void check(String method, String path, Caller caller) {
        Set<Role> roles = ANYONE;
        // a loop, not a stream: this runs on every API request
        for (Rule rule : RULES) {
            if (rule.matches(method, path)) {
                roles = rule.roles();
                break;
            }
        }
        if (!roles.contains(caller.role())) {
            caller.require(roles.toArray(Role[]::new));
        }
    }
}
