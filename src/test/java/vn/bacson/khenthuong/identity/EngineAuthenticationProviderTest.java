package vn.bacson.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.bacson.khenthuong.support.InMemoryEngine;

class EngineAuthenticationProviderTest {

    private static ProcessEngine engine;
    private static EngineAuthenticationProvider provider;

    @BeforeAll
    static void users() {
        engine = InMemoryEngine.start();
        IdentityService identity = engine.getIdentityService();
        UserDirectory directory = new UserDirectory(identity);
        directory.ensureRoleGroup(Roles.PARTY_BUILDING, "Ban Xây dựng Đảng");
        directory.ensureRoleGroup(Roles.COUNCIL, "Hội đồng");
        directory.ensureUnitGroup("ban-xdd", "Ban Xây dựng Đảng");
        Group admins = identity.newGroup(Roles.ADMIN);
        admins.setType("SYSTEM");
        identity.saveGroup(admins);
        Group other = identity.newGroup("newsletter");
        other.setType("OTHER");
        identity.saveGroup(other);
        directory.ensureUser("bxdd", "Lan", "Nông Thị", "bxdd@bacson.example", "demo");
        directory.ensureMembership("bxdd", Roles.PARTY_BUILDING);
        directory.ensureMembership("bxdd", "ban-xdd");
        directory.ensureTenant("bac-son", "Xã Bắc Sơn");
        directory.ensureTenantMembership("bxdd", "bac-son");
        directory.ensureMembership("bxdd", "newsletter");
        directory.ensureUser("admin", "Quản trị", "hệ thống", "admin@bacson.example", "demo");
        directory.ensureMembership("admin", Roles.ADMIN);
        directory.ensureUser("hoidong", "Sơn", "Dương Văn", "hoidong@bacson.example", "demo");
        directory.ensureMembership("hoidong", Roles.COUNCIL);
        provider = new EngineAuthenticationProvider(identity);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void roleGroupsBecomeRolesAndTheUnitGroupTheUnit() {
        Authentication result = provider.authenticate(login("bxdd", "demo"));

        AuthenticatedUser user = (AuthenticatedUser) result.getPrincipal();
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(user.username()).isEqualTo("bxdd");
        assertThat(user.roles()).containsExactly(Roles.PARTY_BUILDING);
        assertThat(user.unitCode()).isEqualTo("ban-xdd");
        assertThat(user.displayName()).isEqualTo("Nông Thị Lan");
        assertThat(result.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(Roles.PARTY_BUILDING);
        assertThat(user.toCurrentUser().canPropose()).isTrue();
        assertThat(user.candidateGroups()).containsExactlyInAnyOrder(Roles.PARTY_BUILDING, "ban-xdd");
    }

    @Test
    void camundaAdminCountsAsARoleDespiteItsSystemType() {
        AuthenticatedUser admin = (AuthenticatedUser)
                provider.authenticate(login("admin", "demo")).getPrincipal();

        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
        assertThat(admin.unitCode()).isNull();
    }

    @Test
    void userWithoutUnitHasNoUnit() {
        AuthenticatedUser council = (AuthenticatedUser)
                provider.authenticate(login("hoidong", "demo")).getPrincipal();

        assertThat(council.roles()).containsExactly(Roles.COUNCIL);
        assertThat(council.unitCode()).isNull();
        assertThat(council.toCurrentUser().canPropose()).isFalse();
    }

    @Test
    void wrongPasswordUnknownUserAndEmptyPasswordAreRefused() {
        assertThatThrownBy(() -> provider.authenticate(login("bxdd", "sai")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("nobody", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("bxdd", ""))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void directoryWritesAreIdempotent() {
        UserDirectory directory = new UserDirectory(engine.getIdentityService());

        directory.ensureUser("bxdd", "Khác", "Tên", "x@bacson.example", "other");
        directory.ensureMembership("bxdd", Roles.PARTY_BUILDING);
        directory.ensureRoleGroup(Roles.PARTY_BUILDING, "Tên khác");

        assertThat(provider.authenticate(login("bxdd", "demo")).isAuthenticated())
                .isTrue();
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId(Roles.PARTY_BUILDING)
                        .singleResult()
                        .getName())
                .isEqualTo("Ban Xây dựng Đảng");
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
