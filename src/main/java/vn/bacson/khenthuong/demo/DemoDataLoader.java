package vn.bacson.khenthuong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.campaign.CampaignRequest;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Creates the demo units, groups, users and one open campaign once the engine is up (app.demo-data=true: the
 * default profile; the postgres profile only when asked). Idempotent: what exists is left alone, so it runs at
 * every start. The campaign is created through the campaign service, so its process starts like any other.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Two instances starting on one database (tests run in parallel) may race; the loser tries again. */
    private static final int ATTEMPTS = 3;

    private final UnitRepository units;
    private final UserDirectory directory;
    private final CampaignRepository campaigns;
    private final CampaignService campaignService;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    DemoDataLoader(
            UnitRepository units,
            UserDirectory directory,
            CampaignRepository campaigns,
            CampaignService campaignService,
            TransactionTemplate transaction,
            Clock clock,
            ZoneId businessZone) {
        this.units = units;
        this.directory = directory;
        this.campaigns = campaigns;
        this.campaignService = campaignService;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = businessZone;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> loadIdentities());
                transaction.executeWithoutResult(status -> loadCampaign());
                log.info(
                        "Demo data ready: {} units, {} users, campaign {}",
                        DemoData.UNITS.size(),
                        DemoData.USERS.size(),
                        DemoData.CAMPAIGN_CODE);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.warn("Demo data attempt {} failed ({}); trying again", attempt, e.toString());
                Thread.sleep(1000L * attempt);
            }
        }
    }

    void loadIdentities() {
        for (DemoData.DemoUnit unit : DemoData.UNITS) {
            if (units.find(unit.code()).isEmpty()) {
                units.save(new Unit(unit.code(), unit.name(), unit.email(), unit.dissolved()));
            }
            if (!unit.dissolved()) {
                directory.ensureUnitGroup(unit.code(), unit.name());
            }
        }
        for (DemoData.DemoRole role : DemoData.ROLES) {
            directory.ensureRoleGroup(role.id(), role.name());
        }
        for (DemoData.DemoUser user : DemoData.USERS) {
            directory.ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), DemoData.PASSWORD);
            directory.ensureMembership(user.id(), user.role());
            if (user.unitCode() != null) {
                directory.ensureMembership(user.id(), user.unitCode());
            }
        }
    }

    void loadCampaign() {
        if (campaigns.codeTaken(DemoData.CAMPAIGN_CODE)) {
            return;
        }
        LocalDate congressDate = LocalDate.now(clock.withZone(zone)).minusDays(DemoData.CONGRESS_DAYS_AGO);
        CampaignRequest request = new CampaignRequest(
                DemoData.CAMPAIGN_CODE,
                DemoData.CAMPAIGN_TITLE,
                DemoData.CAMPAIGN_PLAN_NUMBER,
                congressDate.minusDays(DemoData.LAUNCHED_DAYS_BEFORE_CONGRESS),
                congressDate,
                DemoData.WINDOW_DAYS,
                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH),
                CampaignLevel.COMMUNE);
        campaignService.create(request, new CurrentUser("admin", Set.of(Roles.ADMIN), null));
    }
}
