package vn.bacson.khenthuong.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The principal of an authenticated session or request, as loaded from the engine's identity service at login.
 * Serializable because it lives in the HTTP session; {@link #toCurrentUser()} is what services receive.
 */
public record AuthenticatedUser(String username, String displayName, Set<String> roles, String unitCode)
        implements Serializable {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(username, roles, unitCode);
    }

    /** The engine groups that make this user a candidate for a task: role groups and the unit group. */
    public Set<String> candidateGroups() {
        return toCurrentUser().candidateGroups();
    }
}
