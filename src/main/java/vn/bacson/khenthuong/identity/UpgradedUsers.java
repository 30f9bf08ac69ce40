package vn.bacson.khenthuong.identity;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.commune.CommuneProperties;
import vn.bacson.khenthuong.commune.Communes;

/**
 * The upgrade of a single-commune installation, for its users: V20 puts every existing row under the default
 * commune; this puts every user who belongs to no commune yet, and is neither a province user nor an administrator,
 * into the default commune's engine tenant (creating the tenant), so their work is where it was. It runs once, at the
 * first start of the installation with communes (an engine property marks it done): a user made later without a
 * commune (e.g. in Camunda Admin) belongs to no commune and sees nothing until an administrator gives it one, rather
 * than silently joining the default commune at the next restart. Users made by the admin pages, the API or the XLSX
 * sheet always get their commune at creation.
 */
@Component
class UpgradedUsers {

    private static final Logger log = LoggerFactory.getLogger(UpgradedUsers.class);
    private static final Set<String> NOT_OF_A_COMMUNE = Set.of(
            Roles.ADMIN,
            Roles.PROVINCE_HOME_AFFAIRS,
            Roles.PROVINCE_COUNCIL,
            Roles.PROVINCE_CHAIRMAN,
            Roles.SYSTEM_ADMIN);

    /** The engine property (ACT_GE_PROPERTY) that says the users of the single-commune installation were moved. */
    static final String DONE = "khenthuong.users-joined-communes";

    private final IdentityService identity;
    private final ManagementService management;
    private final UserDirectory directory;
    private final Communes communes;
    private final String defaultCommune;

    UpgradedUsers(
            IdentityService identity,
            ManagementService management,
            UserDirectory directory,
            Communes communes,
            CommuneProperties properties) {
        this.identity = identity;
        this.management = management;
        this.directory = directory;
        this.communes = communes;
        this.defaultCommune = properties.defaultCode();
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void joinDefaultCommune() {
        if (management.getProperties().containsKey(DONE)) {
            return;
        }
        // one query for the users of no tenant
        List<User> users = identity.createNativeUserQuery()
                .sql("select * from ACT_ID_USER u where not exists "
                        + "(select 1 from ACT_ID_TENANT_MEMBER m where m.USER_ID_ = u.ID_)")
                .list();
        int joined = 0;
        for (User user : users) {
            if (!ofACommune(user.getId())) {
                continue;
            }
            if (joined == 0) {
                directory.ensureTenant(
                        defaultCommune,
                        communes.find(defaultCommune).map(c -> c.name()).orElse(defaultCommune));
            }
            directory.ensureTenantMembership(user.getId(), defaultCommune);
            joined++;
        }
        if (joined > 0) {
            log.info("{} users of no commune joined the default commune {}", joined, defaultCommune);
        }
        management.setProperty(DONE, defaultCommune);
    }

    private boolean ofACommune(String userId) {
        List<Group> groups = identity.createGroupQuery().groupMember(userId).list();
        return !groups.isEmpty() && groups.stream().noneMatch(g -> NOT_OF_A_COMMUNE.contains(g.getId()));
    }
}
