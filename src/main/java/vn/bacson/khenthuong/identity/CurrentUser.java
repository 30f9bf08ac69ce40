package vn.bacson.khenthuong.identity;

import java.util.HashSet;
import java.util.Set;

/**
 * The authenticated caller: roles are role-group ids, unitCode the unit group they belong to (or null), communeCode
 * the commune (engine tenant) they work in, null for province users and administrators.
 */
public record CurrentUser(String username, Set<String> roles, String unitCode, String communeCode) {

    /** A caller of no particular commune (tests, province level). */
    public CurrentUser(String username, Set<String> roles, String unitCode) {
        this(username, roles, unitCode, null);
    }

    /** Province level: Sở Nội vụ, the provincial council and chairman see what the communes send them. */
    public boolean isProvince() {
        return hasAny(Roles.PROVINCE_HOME_AFFAIRS, Roles.PROVINCE_COUNCIL, Roles.PROVINCE_CHAIRMAN);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Reviewers, the office lead and the chairman see every dossier; units only their own. */
    public boolean isStaff() {
        return hasAny(
                Roles.PARTY_BUILDING,
                Roles.CULTURE_SOCIAL,
                Roles.OFFICE_LEAD,
                Roles.COUNCIL,
                Roles.CHAIRMAN,
                Roles.ADMIN);
    }

    /** May create and submit dossiers for their own unit. */
    public boolean canPropose() {
        return unitCode != null && hasAny(Roles.UNIT, Roles.PARTY_BUILDING);
    }

    public boolean canManageCampaigns() {
        return hasAny(Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD, Roles.CHAIRMAN, Roles.ADMIN);
    }

    /**
     * The engine groups whose candidate tasks this user may see and work: the role groups, and the unit group
     * (AMENDMENT tasks have the unit code as candidate group).
     */
    public Set<String> candidateGroups() {
        Set<String> groups = new HashSet<>(roles);
        if (unitCode != null) {
            groups.add(unitCode);
        }
        return Set.copyOf(groups);
    }
}
