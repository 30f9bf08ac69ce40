package vn.bacson.khenthuong.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.commune.CommuneContext;

/**
 * Writes users, role groups and unit groups into the engine's identity service (the one user store). Every
 * method skips what already exists, so callers (the demo data) may run at every start.
 */
@Service
public class UserDirectory {

    private final IdentityService identityService;

    public UserDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** A role group (type WORKFLOW) such as culture-social. */
    public void ensureRoleGroup(String id, String name) {
        ensureGroup(id, name, Roles.ROLE_GROUP_TYPE);
    }

    /** The group of a unit (type UNIT); its id is the unit code. */
    public void ensureUnitGroup(String unitCode, String name) {
        ensureGroup(unitCode, name, Roles.UNIT_GROUP_TYPE);
    }

    /** Creates the user with this password unless the id exists; an existing user keeps its password. */
    public void ensureUser(String id, String firstName, String lastName, String email, String password) {
        if (userExists(id)) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    public void ensureMembership(String userId, String groupId) {
        boolean member = identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(groupId)
                        .count()
                > 0;
        if (!member) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** The engine tenant of a commune: its id is the commune code. */
    public void ensureTenant(String communeCode, String name) {
        if (identityService.createTenantQuery().tenantId(communeCode).count() > 0) {
            return;
        }
        Tenant tenant = identityService.newTenant(communeCode);
        tenant.setName(name);
        identityService.saveTenant(tenant);
    }

    /** Makes the user a member of the commune (the engine's tenant membership). */
    public void ensureTenantMembership(String userId, String communeCode) {
        boolean member = identityService
                        .createTenantQuery()
                        .tenantId(communeCode)
                        .userMember(userId)
                        .count()
                > 0;
        if (!member) {
            identityService.createTenantUserMembership(communeCode, userId);
        }
    }

    /** A user of a commune as the directory holds them: role ids, the unit group (or null). */
    public record DirectoryUser(
            String id, String firstName, String lastName, String email, List<String> roles, String unitCode) {

        /** "Hoàng Văn Hải": family and middle name, then the given name. */
        public String fullName() {
            return ((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName)).strip();
        }
    }

    /** The users of a commune (members of its engine tenant), by user id, with their roles and unit. */
    public List<DirectoryUser> usersOfCommune(String communeCode) {
        return identityService.createUserQuery().memberOfTenant(communeCode).orderByUserId().asc().list().stream()
                .map(this::directoryUser)
                .toList();
    }

    public long countUsersOfCommune(String communeCode) {
        return identityService.createUserQuery().memberOfTenant(communeCode).count();
    }

    private DirectoryUser directoryUser(User user) {
        List<String> roles = new java.util.ArrayList<>();
        String unitCode = null;
        for (Group group : identityService
                .createGroupQuery()
                .groupMember(user.getId())
                .orderByGroupId()
                .asc()
                .list()) {
            if (Roles.UNIT_GROUP_TYPE.equals(group.getType())) {
                unitCode = unitCode == null ? group.getId() : unitCode;
            } else {
                roles.add(group.getId());
            }
        }
        return new DirectoryUser(
                user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), List.copyOf(roles), unitCode);
    }

    public boolean userExists(String id) {
        return identityService.createUserQuery().userId(id).count() > 0;
    }

    /**
     * E-mails of the members of the given groups in the current commune (every commune's members in
     * {@link CommuneContext#ALL}: the province roles), each once, users without e-mail skipped. The lookup ignores the
     * engine's authorization checks: whom the process tells is its own business, not the current caller's.
     */
    public Set<String> emailsOfGroups(String... groupIds) {
        Set<String> emails = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            for (User user : membersOf(groupId)) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    emails.add(user.getEmail());
                }
            }
        }
        return emails;
    }

    private List<User> membersOf(String groupId) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            return context.runWithoutAuthorization(() -> membersQuery(groupId).list());
        }
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return membersQuery(groupId).list();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private UserQuery membersQuery(String groupId) {
        UserQuery query = identityService.createUserQuery().memberOfGroup(groupId);
        String commune = CommuneContext.current();
        if (CommuneContext.NONE.equals(commune)) {
            return query.memberOfTenant("\u0000none");
        }
        return CommuneContext.commune().map(query::memberOfTenant).orElse(query);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
