package vn.bacson.khenthuong.web;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.identity.AuthenticatedUser;
import vn.bacson.khenthuong.identity.CurrentUsers;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Who is signed in, for the page header and the navigation of every page (also pages rendered by other packages'
 * controllers, such as the start page): {@code ${@webUser.displayName()}}. Anonymous → empty values.
 */
@Component("webUser")
public class WebUser {

    /** Order in which a user's roles are named in the header (the most specific first). */
    private static final List<String> ROLE_ORDER = List.of(
            Roles.CHAIRMAN,
            Roles.COUNCIL,
            Roles.OFFICE_LEAD,
            Roles.CULTURE_SOCIAL,
            Roles.PARTY_BUILDING,
            Roles.UNIT,
            Roles.ADMIN);

    private final UnitRepository units;

    WebUser(UnitRepository units) {
        this.units = units;
    }

    public boolean signedIn() {
        return CurrentUsers.principal().isPresent();
    }

    public String displayName() {
        return CurrentUsers.principal().map(AuthenticatedUser::displayName).orElse("");
    }

    public String username() {
        return CurrentUsers.principal().map(AuthenticatedUser::username).orElse("");
    }

    /** The user's roles in a stable order (message keys {@code role.<id>}). */
    public List<String> roles() {
        Set<String> roles =
                CurrentUsers.principal().map(AuthenticatedUser::roles).orElse(Set.of());
        return ROLE_ORDER.stream().filter(roles::contains).toList();
    }

    /** The name of the user's unit, or an empty string. */
    public String unitName() {
        return CurrentUsers.principal()
                .map(AuthenticatedUser::unitCode)
                .flatMap(units::find)
                .map(Unit::name)
                .orElse("");
    }
}
