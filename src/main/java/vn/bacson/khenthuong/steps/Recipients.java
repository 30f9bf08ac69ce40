package vn.bacson.khenthuong.steps;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Who receives a notification: a unit's e-mail from our unit table, a role group's members' e-mails from the one
 * user store (identity).
 */
@Component
class Recipients {

    private final UnitRepository units;
    private final UserDirectory users;

    Recipients(UnitRepository units, UserDirectory users) {
        this.units = units;
        this.users = users;
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
        return users.emailsOfGroups(groupIds);
    }
}
