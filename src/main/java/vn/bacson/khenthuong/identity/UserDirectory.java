package vn.bacson.khenthuong.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;

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

    public boolean userExists(String id) {
        return identityService.createUserQuery().userId(id).count() > 0;
    }

    /**
     * E-mails of the members of the given groups, each once, users without e-mail skipped. The lookup ignores the
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
            return context.runWithoutAuthorization(() ->
                    identityService.createUserQuery().memberOfGroup(groupId).list());
        }
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return identityService.createUserQuery().memberOfGroup(groupId).list();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
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
