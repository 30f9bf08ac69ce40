package vn.bacson.khenthuong.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Who receives a notification: a unit's e-mail from our unit table, a role group's members' e-mails from the
 * engine's identity service. Lookups ignore the engine's authorization checks: whom to tell is the process's
 * business, not the current caller's.
 */
@Component
class Recipients {

    private final UnitRepository units;
    private final IdentityService identity;

    Recipients(UnitRepository units, IdentityService identity) {
        this.units = units;
        this.identity = identity;
    }

    Set<String> unit(String unitCode) {
        return units.find(unitCode).map(u -> Set.of(u.email())).orElse(Set.of());
    }

    /** Units a campaign addresses: every unit that was not dissolved. */
    List<Unit> activeUnits() {
        return units.findActive();
    }

    /** E-mails of the members of the given groups, each once, users without e-mail skipped. */
    Set<String> groupMembers(String... groupIds) {
        Set<String> emails = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            for (User user : usersOf(groupId)) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    emails.add(user.getEmail());
                }
            }
        }
        return emails;
    }

    private List<User> usersOf(String groupId) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            return context.runWithoutAuthorization(
                    () -> identity.createUserQuery().memberOfGroup(groupId).list());
        }
        return EngineAccess.asSystem(
                identity,
                () -> identity.createUserQuery().memberOfGroup(groupId).list());
    }
}
