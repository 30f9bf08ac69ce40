package vn.bacson.khenthuong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneProperties;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.signature.SigningKeys;
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
    private final Communes communeRegister;
    private final CommuneProperties communeProperties;
    private final CommuneSettings communeSettings;
    private final SigningKeys signingKeys;

    DemoDataLoader(
            CommuneSettings communeSettings,
            SigningKeys signingKeys,
            Communes communeRegister,
            CommuneProperties communeProperties,
            UnitRepository units,
            UserDirectory directory,
            CampaignRepository campaigns,
            CampaignService campaignService,
            TransactionTemplate transaction,
            Clock clock,
            ZoneId businessZone) {
        this.communeSettings = communeSettings;
        this.signingKeys = signingKeys;
        this.communeRegister = communeRegister;
        this.communeProperties = communeProperties;
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
                transaction.executeWithoutResult(status -> {
                    DemoData.ROLES.forEach(role -> directory.ensureRoleGroup(role.id(), role.name()));
                    loadProvinceUsers();
                });
                for (DemoData.DemoCommune commune : communes()) {
                    CommuneContext.run(commune.code(), () -> {
                        transaction.executeWithoutResult(status -> loadIdentities(commune));
                        transaction.executeWithoutResult(status -> loadSettings(commune));
                        transaction.executeWithoutResult(status -> loadCampaign(commune));
                    });
                    log.info(
                            "Demo data of {} ready: {} units, {} users, campaign {}",
                            commune.code(),
                            commune.units().size(),
                            commune.users().size(),
                            commune.campaignCode());
                }
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

    List<DemoData.DemoCommune> communes() {
        return List.of(
                DemoData.bacSon(communeProperties.defaultCode(), communeProperties.defaultName()),
                DemoData.VU_LE_COMMUNE);
    }

    void loadIdentities(DemoData.DemoCommune commune) {
        communeRegister.create(new Commune(commune.code(), commune.name()));
        directory.ensureTenant(commune.code(), commune.name());
        for (DemoData.DemoUnit unit : commune.units()) {
            if (units.find(unit.code()).isEmpty()) {
                units.save(new Unit(unit.code(), unit.name(), unit.email(), unit.dissolved()));
            }
            if (!unit.dissolved()) {
                directory.ensureUnitGroup(unit.code(), unit.name());
            }
        }
        for (DemoData.DemoUser user : commune.users()) {
            directory.ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), DemoData.PASSWORD);
            directory.ensureTenantMembership(user.id(), commune.code());
            directory.ensureMembership(user.id(), user.role());
            if (user.unitCode() != null) {
                directory.ensureMembership(user.id(), user.unitCode());
            }
        }
    }

    /** The province's users belong to no commune: no tenant membership, so they work in every commune. */
    void loadProvinceUsers() {
        for (DemoData.DemoUser user : DemoData.PROVINCE_USERS) {
            directory.ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), DemoData.PASSWORD);
            directory.ensureMembership(user.id(), user.role());
        }
    }

    /**
     * Vũ Lễ's issuer block, signer and mail sender, through the commune settings like an administrator's; once:
     * what an administrator changes later is left alone. And Vũ Lễ's own demo key (the demo key store has one per
     * demo commune): given once as well, also to a demo whose Vũ Lễ settings were made before communes had keys.
     * Bắc Sơn, the default commune, signs with the installation's default key (the store's first: Bắc Sơn's).
     */
    void loadSettings(DemoData.DemoCommune commune) {
        if (!DemoData.VU_LE.equals(commune.code())) {
            return;
        }
        String demoKey = signingKeys.isDemoKey(commune.code()) ? commune.code() : "";
        Optional<CommuneSettings.Own> own = communeSettings.own(commune.code());
        if (own.isPresent()) {
            if (own.get().values().signingKeyAlias() == null && !demoKey.isEmpty()) {
                communeSettings.save(
                        commune.code(), communeSettings.of(commune.code()).withSigningKeyAlias(demoKey), "demo");
            }
            return;
        }
        Settings defaults = communeSettings.defaults();
        communeSettings.save(
                commune.code(),
                new Settings(
                        new Settings.Issuer(
                                DemoData.VU_LE_ISSUER_NAME,
                                DemoData.VU_LE_HEADER_LINES,
                                "",
                                DemoData.VU_LE_PLACE,
                                DemoData.VU_LE_PROVINCE),
                        new Settings.Signer("", defaults.signer().title(), DemoData.VU_LE_CHAIRMAN),
                        defaults.decisionNumberPattern(),
                        defaults.submissionNumberPattern(),
                        defaults.council(),
                        defaults.stageWorkingDays(),
                        DemoData.VU_LE_MAIL_FROM,
                        null,
                        List.of(),
                        demoKey.isEmpty() ? defaults.signingKeyAlias() : demoKey),
                "demo");
    }

    void loadCampaign(DemoData.DemoCommune commune) {
        if (campaigns.codeTaken(commune.campaignCode())) {
            return;
        }
        LocalDate congressDate = LocalDate.now(clock.withZone(zone)).minusDays(DemoData.CONGRESS_DAYS_AGO);
        CampaignRequest request = new CampaignRequest(
                commune.campaignCode(),
                commune.campaignTitle(),
                commune.campaignPlanNumber(),
                congressDate.minusDays(DemoData.LAUNCHED_DAYS_BEFORE_CONGRESS),
                congressDate,
                DemoData.WINDOW_DAYS,
                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH),
                CampaignLevel.COMMUNE);
        campaignService.create(request, new CurrentUser("admin", Set.of(Roles.ADMIN), null));
    }
}
