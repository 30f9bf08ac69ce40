package vn.bacson.khenthuong.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Bulk data for the task list and monitoring figures, too much to load through the API on two cores in a normal
 * run: dossier and nominee rows by JDBC batch (what POST /api/dossiers and the document uploads would have
 * written), then, for the open ones, the real CommendationProposal process started at the appraisal task
 * (RuntimeService, startBeforeActivity), so the engine task, its boundary timer, the task-created listener (our
 * status, history and notification rows) are exactly what a submitted dossier has. The rest stay as rows in
 * DRAFT, DECIDED and REJECTED, as in a campaign that has run for a while.
 */
final class BulkLoader {

    private static final String[] UNITS = {"thon-1", "thon-2", "phong-kinh-te", "ban-xdd"};
    private static final String[] COMMUNE_UNITS = {"thon-1", "thon-2", "phong-kinh-te", "ban-xdd", "phong-vhxh"};
    private static final int BATCH = 200;

    private final AppNode node;
    private final JdbcTemplate jdbc;

    private final String adminUrl;

    BulkLoader(AppNode node, String adminUrl) {
        this.node = node;
        this.adminUrl = adminUrl;
        this.jdbc = new JdbcTemplate(node.dataSource());
    }

    /**
     * Inserts {@code total} dossiers of the campaign, {@code open} of them with a running appraisal task, in the
     * commune (the rows take it from their column default, the process instances as tenant id), then refreshes the
     * statistics.
     */
    void load(String commune, UUID campaignId, int total, int open, int threads) throws Exception {
        List<UUID> openIds = CommuneContext.call(commune, () -> insertRows(campaignId, total, open));
        startProcesses(commune, campaignId, openIds, threads);
        settle();
    }

    /**
     * A commune as onboarding makes it: the register row, the engine tenant, its units (the same codes as Bắc
     * Sơn's, kept apart by the commune) and three users who belong to it by tenant membership: {@code <code>-thon1}
     * (unit Thôn 1), {@code <code>-vhxh} (Phòng VH-XH, the reviewer) and {@code <code>-tp} (office lead).
     */
    void createCommune(String code, String name) {
        Communes register = node.context.getBean(Communes.class);
        UserDirectory directory = node.context.getBean(UserDirectory.class);
        UnitRepository units = node.context.getBean(UnitRepository.class);
        TransactionTemplate tx = new TransactionTemplate(node.context.getBean(PlatformTransactionManager.class));
        CommuneContext.run(
                code,
                () -> tx.executeWithoutResult(status -> {
                    register.create(new Commune(code, name));
                    directory.ensureTenant(code, name);
                    for (String unit : COMMUNE_UNITS) {
                        if (units.find(unit).isEmpty()) {
                            units.save(new Unit(unit, unit + " " + name, unit + "@" + code + ".bench.gov.vn", false));
                        }
                    }
                    user(directory, code, code + "-thon1", Roles.UNIT, "thon-1");
                    user(directory, code, code + "-vhxh", Roles.CULTURE_SOCIAL, "phong-vhxh");
                    user(directory, code, code + "-tp", Roles.OFFICE_LEAD, "phong-vhxh");
                }));
    }

    private static void user(UserDirectory directory, String commune, String id, String role, String unit) {
        directory.ensureUser(id, "Cán bộ", id, id + "@" + commune + ".bench.gov.vn", "demo");
        directory.ensureTenantMembership(id, commune);
        directory.ensureMembership(id, role);
        directory.ensureMembership(id, unit);
    }

    /**
     * Many communes at once: per commune its campaign's {@code perCommune} dossiers, all open; the process starts of
     * all communes share the pool. Then the statistics are refreshed.
     */
    void loadCommunes(Map<String, UUID> campaigns, int perCommune, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map.Entry<String, UUID> commune : campaigns.entrySet()) {
                String code = commune.getKey();
                done.add(pool.submit(CommuneContext.wrap(code, () -> {
                    List<UUID> ids = insertRows(commune.getValue(), perCommune, perCommune);
                    TransactionTemplate tx =
                            new TransactionTemplate(node.context.getBean(PlatformTransactionManager.class));
                    tx.executeWithoutResult(status -> ids.forEach(id -> startOne(commune.getValue(), id)));
                    return null;
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        settle();
    }

    /**
     * As autovacuum would after a while: without fresh statistics the planner takes 10,000 rows for 8; the vacuum
     * and the checkpoint keep the writes of the load from landing in the latencies measured next. CHECKPOINT needs
     * the administrator (the application's role may not).
     */
    void settle() throws Exception {
        jdbc.execute("vacuum analyze");
        try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    private List<UUID> insertRows(UUID campaignId, int total, int open) {
        List<UUID> openIds = new ArrayList<>();
        Instant now = Instant.now();
        for (int from = 0; from < total; from += BATCH) {
            int to = Math.min(total, from + BATCH);
            List<Object[]> dossiers = new ArrayList<>();
            List<Object[]> nominees = new ArrayList<>();
            for (int i = from; i < to; i++) {
                UUID id = UUID.randomUUID();
                String status = i < open
                        ? "SUBMITTED"
                        : switch (i % 3) {
                            case 0 -> "DRAFT";
                            case 1 -> "DECIDED";
                            default -> "REJECTED";
                        };
                if (i < open) {
                    openIds.add(id);
                }
                Timestamp at = Timestamp.from(now.minusSeconds(total - i));
                dossiers.add(new Object[] {
                    id,
                    campaignId,
                    UNITS[i % UNITS.length],
                    "Hồ sơ đo tốc độ số " + i,
                    status,
                    "DRAFT".equals(status) ? null : at,
                    at,
                    "bench",
                    at
                });
                String name = "Đối tượng đo tốc độ " + campaignId.toString().substring(0, 8) + " " + i;
                String outcome = switch (status) {
                    case "DECIDED" -> "GIAY_KHEN_CHU_TICH_XA";
                    case "REJECTED" -> "NOT_AWARDED";
                    default -> "PENDING";
                };
                nominees.add(new Object[] {
                    UUID.randomUUID(),
                    id,
                    name,
                    NomineeRepository.nameKey(name),
                    "DRAFT".equals(status) ? "PENDING" : "ELIGIBLE",
                    outcome
                });
            }
            jdbc.batchUpdate(
                    "insert into dossier (id, campaign_id, unit_code, title, status, submitted_at, created_at, "
                            + "created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    dossiers);
            jdbc.batchUpdate(
                    "insert into nominee (id, dossier_id, position_no, nominee_type, full_name, name_key, "
                            + "proposed_award, emulation_contents, initiative, eligibility, outcome) values "
                            + "(?, ?, 1, 'INDIVIDUAL', ?, ?, 'GIAY_KHEN_CHU_TICH_XA', 'KTXH,DAI_HOI', 'Sáng kiến', ?, ?)",
                    nominees);
        }
        return openIds;
    }

    private void startProcesses(String commune, UUID campaignId, List<UUID> ids, int threads) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(node.context.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 50) {
                List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + 50));
                done.add(pool.submit(CommuneContext.wrap(commune, () -> {
                    tx.executeWithoutResult(status -> slice.forEach(id -> startOne(campaignId, id)));
                    return null;
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The real process of a submitted dossier, at its appraisal task, in the current commune (its tenant). */
    private void startOne(UUID campaignId, UUID id) {
        RuntimeService runtime = node.engine().getRuntimeService();
        String unit = jdbc.queryForObject("select unit_code from dossier where id = ?", String.class, id);
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierId", id.toString());
        variables.put("campaignId", campaignId.toString());
        variables.put("unitCode", unit);
        variables.put("partyBuildingStage", true);
        variables.put("submissionNo", 1);
        variables.put("dossierComplete", true);
        variables.put("eligibleCount", 1);
        runtime.createProcessInstanceByKey("CommendationProposal")
                .businessKey(id.toString())
                .setVariables(variables)
                .startBeforeActivity("UserTask_AppraiseDossier")
                .execute();
    }
}
