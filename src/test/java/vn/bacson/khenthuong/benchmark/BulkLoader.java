package vn.bacson.khenthuong.benchmark;

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
import vn.bacson.khenthuong.dossier.NomineeRepository;

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
    private static final int BATCH = 200;

    private final AppNode node;
    private final JdbcTemplate jdbc;

    BulkLoader(AppNode node) {
        this.node = node;
        this.jdbc = new JdbcTemplate(node.dataSource());
    }

    /** Inserts {@code total} dossiers of the campaign, {@code open} of them with a running appraisal task. */
    void load(UUID campaignId, int total, int open, int threads) throws Exception {
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
        startProcesses(campaignId, openIds, threads);
        // as autovacuum would after a while: without fresh statistics the planner takes 10,000 rows for 8; the
        // vacuum and the checkpoint keep the writes of the load from landing in the latencies measured next
        jdbc.execute("vacuum analyze");
        jdbc.execute("checkpoint");
    }

    private void startProcesses(UUID campaignId, List<UUID> ids, int threads) throws Exception {
        RuntimeService runtime = node.engine().getRuntimeService();
        TransactionTemplate tx = new TransactionTemplate(node.context.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 50) {
                List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + 50));
                done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
                    for (UUID id : slice) {
                        String unit =
                                jdbc.queryForObject("select unit_code from dossier where id = ?", String.class, id);
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
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
