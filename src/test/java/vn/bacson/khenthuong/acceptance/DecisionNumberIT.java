package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.ApiResponse;

/**
 * Decision numbers {@code N/QĐ-UBND} count from 1 each year with no gap and no duplicate, even when the chairman's
 * decisions are made at the same moment. Both halves run concurrently: the chairman's completions over HTTP, and
 * the asynchronous steps that record the decisions (and draw the numbers), which the job executor would run in
 * parallel.
 */
class DecisionNumberIT extends AcceptanceSupport {

    private static final int DOSSIERS = 6;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void concurrentDecisionsGetDistinctNumbersWithoutGaps() throws Exception {
        String campaignId = createOpenCampaignOfMyOwn();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            String id = submittedDossier(i % 2 == 0 ? "thon1" : "thon2", campaignId, individual("Tạ Văn Số " + i));
            bringToChairman(campaignId, id);
            ids.add(id);
        }
        List<String> taskIds = ids.stream()
                .map(id -> taskId("chutich", campaignId, id, CHAIRMAN))
                .toList();
        List<Object> payloads = ids.stream()
                .map(id -> (Object) chairman(each(inRunning(dossier(id)), GIAY_KHEN)))
                .toList();

        List<ApiResponse> answers = inParallel(IntStream.range(0, DOSSIERS)
                .mapToObj(i -> (Callable<ApiResponse>) () -> complete("chutich", taskIds.get(i), payloads.get(i)))
                .toList());
        assertThat(answers).extracting(ApiResponse::status).as("%s", answers).containsOnly(200);

        List<Job> recordJobs = ids.stream().map(this::dueJob).toList();
        inParallel(recordJobs.stream()
                .map(job -> (Callable<Void>) () -> {
                    managementService.executeJob(job.getId());
                    return null;
                })
                .toList());
        ids.forEach(this::runJobs);

        List<String> numbers = new ArrayList<>();
        for (String id : ids) {
            JsonNode decided = dossier("chutich", id);
            assertThat(status(decided)).isEqualTo("DECIDED");
            assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo(GIAY_KHEN);
            numbers.add(decided.at("/decision/number").asText());
        }
        assertThat(numbers).allMatch(n -> n.matches("\\d+/QĐ-UBND")).doesNotHaveDuplicates();

        int year = today().getYear();
        List<Integer> sequence = jdbc.sql(
                        "select sequence_no from decision where decision_year = ? order by sequence_no")
                .param(year)
                .query(Integer.class)
                .list();
        assertThat(sequence)
                .as("the numbers of %d", year)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, sequence.size()).boxed().toList());
        List<String> yearNumbers = jdbc.sql("select number from decision where decision_year = ?")
                .param(year)
                .query(String.class)
                .list();
        assertThat(yearNumbers).doesNotHaveDuplicates().containsAll(numbers);
    }

    /** The one job of the dossier's process that can run now: recording the chairman's decision. */
    private Job dueJob(String dossierId) {
        String instanceId = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId)
                .singleResult()
                .getId();
        List<Job> due = managementService
                .createJobQuery()
                .processInstanceId(instanceId)
                .executable()
                .list();
        assertThat(due).as("due jobs of dossier %s", dossierId).hasSize(1);
        return due.get(0);
    }

    /** Runs every call at the same moment, one thread each; answers in call order. */
    private static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
