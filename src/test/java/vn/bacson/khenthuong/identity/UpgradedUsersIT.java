package vn.bacson.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.support.DefaultCommuneExtension;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The users of a single-commune installation join the default commune at the first start with communes, and only
 * then: a user made later without a commune works in no commune instead of silently joining the default one.
 */
class UpgradedUsersIT extends PostgresIT {

    @Autowired
    private UpgradedUsers upgradedUsers;

    @Autowired
    private IdentityService identity;

    @Autowired
    private ManagementService management;

    private final java.util.List<String> made = new java.util.ArrayList<>();

    /** Other ITs count the mails of the demo's culture-social office: the users made here go again. */
    @AfterEach
    void deleteTheUsersMadeHere() {
        made.forEach(identity::deleteUser);
    }

    @Test
    void theUsersOfTheOldInstallationJoinTheDefaultCommuneOnceAndLaterUsersDoNot() {
        String old = olderUser();
        management.deleteProperty(UpgradedUsers.DONE); // as before the first start of the version with communes

        upgradedUsers.joinDefaultCommune();

        assertThat(tenantsOf(old)).containsExactly(DefaultCommuneExtension.DEFAULT_COMMUNE);
        assertThat(management.getProperties()).containsKey(UpgradedUsers.DONE);
        assertThat(api(old).get("/api/campaigns?size=100").json().path("items"))
                .as("the default commune's campaigns, the demo's among them")
                .isNotEmpty();

        // made after the upgrade, e.g. in Camunda Admin, without a commune: a restart does not put it anywhere
        String later = olderUser();
        upgradedUsers.joinDefaultCommune();

        assertThat(tenantsOf(later)).isEmpty();
        assertThat(api(later).get("/api/campaigns?size=100").json().path("items"))
                .as("a user of no commune sees no commune's campaigns")
                .isEmpty();
    }

    /** A culture-social officer with the demo password and no tenant membership. */
    private String olderUser() {
        String id = "it-cu-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName("Cũ");
        user.setEmail(id + "@bacson.example");
        user.setPassword(DEMO_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, Roles.CULTURE_SOCIAL);
        made.add(id);
        return id;
    }

    private java.util.List<String> tenantsOf(String userId) {
        return identity.createTenantQuery().userMember(userId).list().stream()
                .map(t -> t.getId())
                .toList();
    }
}
