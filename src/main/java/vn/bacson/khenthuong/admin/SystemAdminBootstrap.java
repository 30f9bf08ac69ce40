package vn.bacson.khenthuong.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;

/**
 * At every start: the role groups exist (the commune roles and {@code system-admin}), so a commune onboarded on an
 * installation without demo data can be given them, and the installation's initial administrator
 * ({@code camunda.bpm.admin-user.id}, ADMIN_USER) is the system administrator. Idempotent.
 */
@Component
class SystemAdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SystemAdminBootstrap.class);

    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final String adminUser;

    SystemAdminBootstrap(
            UserDirectory directory,
            TransactionTemplate transaction,
            @Value("${camunda.bpm.admin-user.id:}") String adminUser) {
        this.directory = directory;
        this.transaction = transaction;
        this.adminUser = adminUser;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureRoles() {
        try {
            transaction.executeWithoutResult(status -> {
                CommuneOnboarding.ROLE_NAMES.forEach(directory::ensureRoleGroup);
                if (!adminUser.isBlank() && directory.userExists(adminUser)) {
                    directory.ensureMembership(adminUser, Roles.SYSTEM_ADMIN);
                }
            });
        } catch (RuntimeException race) {
            // two nodes starting on one database: the other one wrote the same groups
            log.warn("Role groups not ensured at start ({}); another node may have done it", race.toString());
        }
    }
}
