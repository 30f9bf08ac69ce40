package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.support.ApiResponse;

/**
 * In production ERROR means a fault someone must look at. A business rule refused inside an engine command (a
 * submission outside the window) is an answer, logged as one INFO line without a stack trace; a real fault inside
 * an engine command still logs the engine's ERROR line with its stack trace.
 */
class EngineLogIT extends AcceptanceSupport {

    @Autowired
    private RuntimeService runtime;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void aSubmissionRefusedInsideTheEngine_logsOneInfoLineAndNoError() {
        JsonNode closed = createCampaign(today().minusDays(30), 20);
        JsonNode draft = createDossier("thon1", closed.get("id").asText(), individual("Hoàng Văn Trễ"));
        uploadAll("thon1", draft);
        captured.list.clear();

        ApiResponse refused = submit("thon1", draft.get("id").asText());

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("SUBMISSION_WINDOW_CLOSED");
        List<ILoggingEvent> request = eventsOfRequestThreads();
        assertThat(request)
                .as("no ERROR for a refusal: %s", request)
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        List<ILoggingEvent> refusal = request.stream()
                .filter(e -> e.getFormattedMessage().contains("SUBMISSION_WINDOW_CLOSED"))
                .toList();
        assertThat(refusal).as("%s", request).hasSize(1);
        assertThat(refusal.get(0).getLevel()).isIn(Level.INFO, Level.WARN);
        assertThat(refusal.get(0).getThrowableProxy())
                .as("one line, no stack trace")
                .isNull();
    }

    @Test
    void aFaultInsideTheEngine_stillLogsErrorWithTheStackTrace() {
        captured.list.clear();

        // a proposal process without its variables: the first delegate cannot read the campaign id (a bug)
        Throwable fault = catchThrowable(() -> runtime.startProcessInstanceByKey("CommendationProposal"));

        assertThat(fault).isNotNull();
        List<ILoggingEvent> errors = captured.list.stream()
                .filter(e -> e.getThreadName().equals(Thread.currentThread().getName()))
                .filter(e -> e.getLevel() == Level.ERROR)
                .toList();
        assertThat(errors).as("%s", captured.list).isNotEmpty();
        assertThat(errors)
                .anyMatch(e -> e.getLoggerName().startsWith("org.camunda.bpm.engine")
                        && e.getFormattedMessage().contains("ENGINE-16004")
                        && e.getThrowableProxy() != null);
    }

    /** What the server logged while answering our HTTP requests (Tomcat's worker threads). */
    private List<ILoggingEvent> eventsOfRequestThreads() {
        return List.copyOf(captured.list).stream()
                .filter(e -> e.getThreadName().contains("exec-"))
                .toList();
    }
}
