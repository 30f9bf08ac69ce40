package vn.bacson.khenthuong.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The principal of an authenticated session or request, as loaded from the engine's identity service at login.
 * {@code communeCode} is the commune (engine tenant) the user belongs to, null for province users and
 * administrators. Serializable because it lives in the HTTP session; {@link #toCurrentUser()} is what services receive. A
 * {@link Principal} whose name is the user id, so {@code request.getUserPrincipal().getName()} (used by the
 * engine REST API's container-based authentication) is the engine's user id.
 */
public record AuthenticatedUser(
        String username, String displayName, Set<String> roles, String unitCode, String communeCode)
        implements Principal, Serializable {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(username, roles, unitCode, communeCode);
    }

    /** The engine groups that make this user a candidate for a task: role groups and the unit group. */
    public Set<String> candidateGroups() {
        return toCurrentUser().candidateGroups();
    }
}
