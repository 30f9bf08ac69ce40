package vn.bacson.khenthuong.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
            Roles.SYSTEM_ADMIN,
            Roles.ADMIN);

    /**
     * A page of the dossier work, shown in the header's "Hồ sơ" menu when the user has more than one of them:
     * {@code id} is the link's id (nav-{id}) and the page's "active" name, {@code label} its message key.
     */
    public record NavItem(String id, String path, String label) {}

    private final UnitRepository units;
    private final MessageSource messages;

    WebUser(UnitRepository units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    /** The dossier pages this user may open, in the order of the work (own unit, all, council, decisions). */
    public List<NavItem> dossierPages() {
        Set<String> roles =
                CurrentUsers.principal().map(AuthenticatedUser::roles).orElse(Set.of());
        List<NavItem> items = new ArrayList<>();
        if (roles.contains(Roles.UNIT) || roles.contains(Roles.PARTY_BUILDING)) {
            items.add(new NavItem("unit", "/unit", "nav.unit"));
        }
        if (containsAny(roles, Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD, Roles.COUNCIL, Roles.CHAIRMAN)) {
            items.add(new NavItem("dossiers", "/dossiers", "nav.dossiers"));
        }
        if (roles.contains(Roles.COUNCIL)) {
            items.add(new NavItem("council", "/council/sessions/new", "nav.council"));
        }
        if (containsAny(roles, Roles.CHAIRMAN, Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD)) {
            items.add(new NavItem("chairman", "/chairman", "nav.chairman"));
        }
        if (roles.contains(Roles.CHAIRMAN)) {
            items.add(new NavItem("decisions", "/decisions/new", "nav.decisions"));
        }
        return items;
    }

    /** Whether the page named {@code active} is one of the header's dossier pages (the menu is then marked). */
    public boolean isDossierPage(String active) {
        return dossierPages().stream().anyMatch(i -> i.id().equals(active));
    }

    /**
     * The user's roles and unit in one line for the user menu, each name once: the Ban Xây dựng Đảng is both a
     * role and the unit its officials propose for, and "Ban Xây dựng Đảng · Ban Xây dựng Đảng" says nothing.
     */
    public String roleLine() {
        Set<String> parts = new LinkedHashSet<>();
        for (String role : roles()) {
            parts.add(messages.getMessage("role." + role, null, role, LocaleContextHolder.getLocale()));
        }
        String unit = unitName();
        if (!unit.isBlank()) {
            parts.add(unit);
        }
        return String.join(" · ", parts);
    }

    private static boolean containsAny(Set<String> roles, String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
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

    /**
     * The page of the commune's own settings for its chairman (the user menu links it; the header has no room), or
     * null for everybody else: the system administrator reaches every commune's from the admin pages.
     */
    public String communeSettingsPath() {
        return CurrentUsers.principal()
                .filter(p -> p.roles().contains(Roles.CHAIRMAN) && p.communeCode() != null)
                .map(p -> "/admin/communes/" + p.communeCode() + "/settings")
                .orElse(null);
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
