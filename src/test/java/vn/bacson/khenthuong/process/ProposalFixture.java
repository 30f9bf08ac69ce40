package vn.bacson.khenthuong.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.DocumentInfo;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierWorkflow;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.NomineeInput;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.DefaultCommuneExtension;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/** Seeds units, reviewers, a campaign and dossiers through the real repositories, and drives the process. */
final class ProposalFixture {

    static final String UNIT = "thon-1";
    static final CurrentUser PARTY_BUILDING = new CurrentUser("bxdd", Set.of(Roles.PARTY_BUILDING), "ban-xdd");
    static final CurrentUser CULTURE_SOCIAL = new CurrentUser("vhxh", Set.of(Roles.CULTURE_SOCIAL), "phong-vhxh");
    static final CurrentUser COUNCIL = new CurrentUser("hoidong", Set.of(Roles.COUNCIL), null);
    static final CurrentUser CHAIRMAN = new CurrentUser("chutich", Set.of(Roles.CHAIRMAN), null);
    static final CurrentUser UNIT_USER = new CurrentUser("thon1", Set.of(Roles.UNIT), UNIT);

    /** Monday 25/08/2025 09:00 in Hà Nội; the window (congress 20/08 + 20 days) is open. */
    static final Instant MONDAY = Instant.parse("2025-08-25T02:00:00Z");

    private final ProcessEngine engine;
    private final UnitRepository units;
    private final CampaignRepository campaigns;
    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final DocumentRepository documents;
    private final DossierWorkflow workflow;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    ProposalFixture(
            ProcessEngine engine,
            UnitRepository units,
            CampaignRepository campaigns,
            DossierRepository dossiers,
            NomineeRepository nominees,
            DocumentRepository documents,
            DossierWorkflow workflow,
            TransactionTemplate tx,
            JdbcClient jdbc) {
        this.engine = engine;
        this.units = units;
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.documents = documents;
        this.workflow = workflow;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    void seedPeople() {
        units.save(new Unit(UNIT, "Thôn 1", "thon-1@bacson.example", false));
        units.save(new Unit("thon-2", "Thôn 2", "thon-2@bacson.example", false));
        units.save(new Unit("thon-cu", "Thôn cũ (đã sáp nhập)", "thon-cu@bacson.example", true));
        member("bxdd", Roles.PARTY_BUILDING);
        member("vhxh", Roles.CULTURE_SOCIAL);
        member("truongphong", Roles.OFFICE_LEAD);
        member("hoidong", Roles.COUNCIL);
        member("chutich", Roles.CHAIRMAN);
    }

    private void member(String userId, String groupId) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType(Roles.ROLE_GROUP_TYPE);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("Bắc Sơn");
            user.setEmail(userId + "@bacson.example");
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
        }
        if (identity.createTenantQuery()
                        .tenantId(DefaultCommuneExtension.DEFAULT_COMMUNE)
                        .count()
                == 0) {
            identity.saveTenant(identity.newTenant(DefaultCommuneExtension.DEFAULT_COMMUNE));
        }
        if (identity.createTenantQuery()
                        .tenantId(DefaultCommuneExtension.DEFAULT_COMMUNE)
                        .userMember(userId)
                        .count()
                == 0) {
            identity.createTenantUserMembership(DefaultCommuneExtension.DEFAULT_COMMUNE, userId);
        }
    }

    Campaign campaign(LocalDate congressDate, Set<AwardForm> forms) {
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                "DH-" + UUID.randomUUID().toString().substring(0, 8),
                "Thi đua chào mừng Đại hội Đảng bộ xã",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                congressDate,
                20,
                forms,
                CampaignLevel.COMMUNE,
                MONDAY,
                "vhxh");
        campaigns.insert(campaign);
        return campaign;
    }

    Campaign campaign() {
        return campaign(
                LocalDate.of(2025, 8, 20),
                EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH));
    }

    /** The usual campaign, whose dossiers are posted publicly for this many working days before the council. */
    Campaign campaignWithPublicPosting(int days) {
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                "NY-" + UUID.randomUUID().toString().substring(0, 8),
                "Thi đua chào mừng Đại hội Đảng bộ xã (có niêm yết công khai)",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20),
                20,
                EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH),
                CampaignLevel.COMMUNE,
                MONDAY,
                "vhxh",
                days);
        campaigns.insert(campaign);
        return campaign;
    }

    /** A dossier with the given nominees, every document present unless told otherwise. */
    Dossier dossier(Campaign campaign, boolean allDocuments, NomineeInput... inputs) {
        Instant now = EngineTestSupport.now();
        Dossier dossier = new Dossier(
                UUID.randomUUID(),
                campaign.id(),
                UNIT,
                "Đề nghị khen thưởng Thôn 1",
                DossierStatus.DRAFT,
                null,
                null,
                null,
                null,
                now,
                "thon1",
                now,
                0);
        dossiers.insert(dossier);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            UUID id = UUID.randomUUID();
            nominees.insert(id, dossier.id(), i + 1, inputs[i]);
            ids.add(id);
        }
        document(dossier.id(), DocumentKind.TO_TRINH, null);
        document(dossier.id(), DocumentKind.BIEU_TOM_TAT, null);
        if (allDocuments) {
            document(dossier.id(), DocumentKind.BIEN_BAN_HOP_XET, null);
        }
        for (UUID id : ids) {
            document(dossier.id(), DocumentKind.BAO_CAO_THANH_TICH, id);
        }
        return dossier;
    }

    void document(UUID dossierId, DocumentKind kind, UUID nomineeId) {
        byte[] content = "%PDF-1.4 test".getBytes();
        documents.insert(
                new DocumentInfo(
                        UUID.randomUUID(),
                        dossierId,
                        kind,
                        nomineeId,
                        kind.name().toLowerCase() + ".pdf",
                        "application/pdf",
                        content.length,
                        "0".repeat(64),
                        EngineTestSupport.now(),
                        "thon1"),
                content);
    }

    static NomineeInput individual(String name, AwardForm award) {
        return new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                name,
                1980,
                "Trưởng thôn",
                null,
                null,
                award,
                "Hoàn thành xuất sắc nhiệm vụ phục vụ Đại hội",
                EnumSet.of(EmulationContent.DAI_HOI),
                null,
                DisciplineLevel.NONE,
                null,
                false,
                HoldStatus.NONE,
                null);
    }

    static NomineeInput collective(String name, AwardForm award) {
        return new NomineeInput(
                null,
                NomineeType.COLLECTIVE,
                name,
                null,
                null,
                null,
                60,
                award,
                "Tập thể dẫn đầu phong trào",
                EnumSet.of(EmulationContent.PHONG_TRAO),
                "Mô hình dân vận khéo",
                DisciplineLevel.NONE,
                null,
                false,
                HoldStatus.NONE,
                null);
    }

    static NomineeInput disciplined(String name) {
        return new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                name,
                1975,
                "Cán bộ",
                null,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                "Thành tích",
                EnumSet.of(EmulationContent.KTXH),
                null,
                DisciplineLevel.CANH_CAO,
                MONDAY.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusMonths(3),
                false,
                HoldStatus.NONE,
                null);
    }

    static NomineeInput onHold(String name) {
        return new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                name,
                1985,
                "Cán bộ",
                null,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                "Thành tích",
                EnumSet.of(EmulationContent.KTXH),
                null,
                DisciplineLevel.NONE,
                null,
                false,
                HoldStatus.INVESTIGATION,
                null);
    }

    /** Submit as DossierService does: mark SUBMITTED and start the process, in one transaction. */
    ProcessInstance submit(Dossier dossier) {
        tx.executeWithoutResult(status -> {
            dossiers.markSubmitted(dossier.id(), EngineTestSupport.now());
            workflow.start(dossiers.find(dossier.id()).orElseThrow());
        });
        return instance(dossier.id());
    }

    void resubmit(UUID dossierId) {
        tx.executeWithoutResult(
                status -> workflow.resubmit(dossiers.find(dossierId).orElseThrow(), "thon1"));
    }

    void withdraw(UUID dossierId) {
        tx.executeWithoutResult(
                status -> workflow.withdraw(dossiers.find(dossierId).orElseThrow(), "thon1"));
    }

    ProcessInstance instance(UUID dossierId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(CommendationProposalVariables.PROCESS_KEY)
                .processInstanceBusinessKey(dossierId.toString())
                .singleResult();
    }

    Task task(UUID dossierId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(dossierId.toString())
                .singleResult();
    }

    /**
     * Runs the due jobs of the process with this business key one at a time, earliest due first, re-reading after
     * each: a job may remove others (a terminate end cancels the pending reminders), as in production.
     */
    void runDueJobs(String businessKey) {
        var management = engine.getManagementService();
        for (int round = 0; round < 200; round++) {
            List<String> instances = engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .list()
                    .stream()
                    .map(p -> p.getId())
                    .toList();
            var next = instances.stream()
                    .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
                    .min(java.util.Comparator.comparing((org.camunda.bpm.engine.runtime.Job j) ->
                            j.getDuedate() == null ? new java.util.Date(0) : j.getDuedate()));
            if (next.isEmpty()) {
                return;
            }
            management.executeJob(next.get().getId());
        }
        throw new IllegalStateException("jobs keep coming: an endless timer loop?");
    }

    Dossier reload(UUID dossierId) {
        return dossiers.find(dossierId).orElseThrow();
    }

    List<UUID> nomineeIds(UUID dossierId) {
        return nominees.findByDossier(dossierId).stream().map(n -> n.id()).toList();
    }

    JsonNode payload(String json) {
        try {
            return this.json.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    void clearDecisionNumbers() {
        jdbc.sql("update nominee set decision_id = null").update();
        jdbc.sql("delete from decision").update();
        jdbc.sql("delete from commune_counter").update();
    }
}
