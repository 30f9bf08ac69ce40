package vn.bacson.khenthuong.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import vn.bacson.khenthuong.KhenThuongApplication;
import vn.bacson.khenthuong.support.ItDatabase;

/**
 * The application, started in this JVM (SpringApplication, profile postgres) on a random port with the given
 * properties on top of config/application*.yml, connected as the application's ordinary role
 * ({@link ItDatabase#APP_USER}, owner of the database) so that row-level security costs what it costs in production,
 * with {@link SqlRecorder} between the pool and the commune binding. In-process so the benchmark can load bulk data with the engine's
 * services and read the heap; the HTTP clients still go through the network stack like any outside client.
 */
final class AppNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final long startupMillis;
    final String baseUrl;

    private AppNode(ConfigurableApplicationContext context, long startupMillis) {
        this.context = context;
        this.startupMillis = startupMillis;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static AppNode start(String jdbcUrl, int smtpPort, Map<String, String> overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        // the ordinary role owning the database, as in production: the row-level security policies hold for it
        properties.put("spring.datasource.username", ItDatabase.APP_USER);
        properties.put("spring.datasource.password", "");
        properties.put("server.port", "0");
        properties.put("app.demo-data", "true");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
        properties.put("app.mail.catcher.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.vn.bacson.khenthuong.benchmark", "INFO");
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(overrides);
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplication application = new SpringApplication(KhenThuongApplication.class);
        application.setAdditionalProfiles("postgres");
        application.setMainApplicationClass(KhenThuongApplication.class);
        application.addInitializers(
                context -> context.getBeanFactory().addBeanPostProcessor(SqlRecorder.postProcessor()));
        BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(steps);
        long started = System.nanoTime();
        long statements = SqlRecorder.count();
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        AppNode node = new AppNode(context, (System.nanoTime() - started) / 1_000_000);
        node.startupStatements = SqlRecorder.count() - statements;
        node.slowestBeans = slowest(steps, 8);
        return node;
    }

    /** Statements sent to the database during the start (engine schema, Flyway, reconcile, demo data). */
    long startupStatements;
    /** The slowest bean instantiations of the start, "name ms" (Spring's ApplicationStartup). */
    List<String> slowestBeans = List.of();

    /** The steps of the start with the most time of their own (children's time taken out), "bean ms". */
    private static List<String> slowest(BufferingApplicationStartup steps, int count) {
        List<StartupTimeline.TimelineEvent> events = steps.getBufferedTimeline().getEvents();
        Map<Long, Long> children = new java.util.HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration().toMillis(), Long::sum);
            }
        }
        return events.stream()
                .map(e -> {
                    long own = e.getDuration().toMillis()
                            - children.getOrDefault(e.getStartupStep().getId(), 0L);
                    String what = e.getStartupStep().getName();
                    for (org.springframework.core.metrics.StartupStep.Tag tag :
                            e.getStartupStep().getTags()) {
                        if (tag.getKey().equals("beanName")) {
                            what = tag.getValue();
                        }
                    }
                    return Map.entry(what, own);
                })
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .toList();
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    /** Wakes the job acquisition, as a new job in this node would. */
    void hintJobExecutor() {
        ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
                .getJobExecutor()
                .jobWasAdded();
    }

    /** Used heap after a full collection (MemoryMXBean), in MiB. */
    static double heapAfterGcMib() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        context.close();
    }
}
