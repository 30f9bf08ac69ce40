package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.support.H2Migrations;

class DecisionNumberServiceTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private JdbcClient jdbc;
    private TransactionTemplate tx;
    private DataSourceTransactionManager transactions;
    private UUID campaignId;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:decision-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        dataSource.setUser("sa");
        H2Migrations.migrate(dataSource);
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        tx = new TransactionTemplate(transactions);
        campaignId = UUID.randomUUID();
        new CampaignRepository(jdbc)
                .insert(new Campaign(
                        campaignId,
                        "DH-2025",
                        "Thi đua",
                        null,
                        LocalDate.of(2025, 7, 10),
                        LocalDate.of(2025, 8, 20),
                        20,
                        EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                        CampaignLevel.COMMUNE,
                        Instant.now(),
                        "vhxh"));
    }

    private DecisionNumberService service(String pattern) {
        AppProperties properties =
                new AppProperties(HANOI, false, null, null, null, null, new AppProperties.Decision(pattern), null);
        return new DecisionNumberService(jdbc, clock, HANOI, properties, transactions);
    }

    @Test
    void numbersFollowThePatternAndRestartWithTheBusinessYear() {
        DecisionNumberService service = service("{n}/QĐ-UBND");
        clock.now = Instant.parse("2025-12-31T16:59:59Z"); // 23:59:59 on 31/12/2025 in Hà Nội
        assertThat(issue(service).number()).isEqualTo("1/QĐ-UBND");
        Decision second = issue(service);
        assertThat(second.number()).isEqualTo("2/QĐ-UBND");
        assertThat(second.year()).isEqualTo(2025);
        assertThat(second.decidedOn()).isEqualTo(LocalDate.of(2025, 12, 31));

        clock.now = Instant.parse("2025-12-31T17:00:00Z"); // already 01/01/2026 in Hà Nội
        Decision newYear = issue(service);
        assertThat(newYear.number()).isEqualTo("1/QĐ-UBND");
        assertThat(newYear.year()).isEqualTo(2026);
        assertThat(service.find(newYear.id())).contains(newYear);
    }

    @Test
    void aRolledBackDecisionLeavesNoGap() {
        DecisionNumberService service = service("{n}/QĐ-UBND");
        clock.now = Instant.parse("2025-09-05T03:00:00Z");
        issue(service);
        tx.executeWithoutResult(status -> {
            service.issue(campaignId, "chutich", null);
            status.setRollbackOnly();
        });
        assertThat(issue(service).number()).isEqualTo("2/QĐ-UBND");
    }

    @Test
    void patternMayNameTheYear() {
        DecisionNumberService service = service("{n}/{year}/QĐ-UBND");
        clock.now = Instant.parse("2025-09-05T03:00:00Z");
        assertThat(issue(service).number()).isEqualTo("1/2025/QĐ-UBND");
    }

    @Test
    void concurrentDecisionsGetEveryNumberOnce() throws Exception {
        DecisionNumberService service = service("{n}/QĐ-UBND");
        clock.now = Instant.parse("2025-09-05T03:00:00Z");
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(CommuneContext.wrap(DEFAULT_COMMUNE, () -> {
                start.await();
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(issue(service).sequenceNo());
                }
                return mine;
            })));
        }
        start.countDown();
        List<Integer> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Integer>> future : futures) {
            all.addAll(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(all)
                .hasSize(threads * perThread)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(jdbc.sql("select count(distinct number) from decision")
                        .query(Integer.class)
                        .single())
                .isEqualTo(threads * perThread);
    }

    private Decision issue(DecisionNumberService service) {
        return tx.execute(status -> service.issue(campaignId, "chutich", "Tặng Giấy khen"));
    }

    /** A clock the test moves; shared by all threads. */
    private static final class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock copy = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return copy.withZone(other);
                }

                @Override
                public Instant instant() {
                    return copy.now;
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
