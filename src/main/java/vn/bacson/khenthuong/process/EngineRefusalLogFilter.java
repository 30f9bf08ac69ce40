package vn.bacson.khenthuong.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;

/**
 * Keeps ERROR for faults. Camunda logs every exception that leaves an engine command at ERROR with its stack trace
 * (ENGINE-16004, category {@value #ENGINE_CONTEXT}), including a business rule our delegate refused inside the
 * command (window closed, not yet open, ...: a {@link DomainException}) and a {@link BpmnError}. Those are answers,
 * not faults, and so is the engine's "Cannot find task with id ..." when a claim or completion lost a race to a
 * colleague (answered 409 by {@link TaskRaces}): this filter drops the engine's ERROR line for them and writes one
 * INFO line without a stack trace under {@value #REFUSALS} instead. Every other exception keeps the engine's ERROR line with its stack trace.
 *
 * <p>Why not the engine's switches: {@code enableCmdExceptionLogging=false} silences real faults too, and
 * {@code enableReducedJobExceptionLogging} only thins the job executor's own per-retry lines; neither knows our
 * domain exception (docs/operations.md, "Logging").
 */
@Component
class EngineRefusalLogFilter extends TurboFilter {

    /** Camunda's category of ENGINE-16xxx (command context) log lines. */
    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    /** Where a refusal met inside an engine command is written, one line each. */
    static final String REFUSALS = "vn.bacson.khenthuong.process.EngineRefusals";

    private static final String NAME = "engine-refusals";
    private static final org.slf4j.Logger refusals = LoggerFactory.getLogger(REFUSALS);

    EngineRefusalLogFilter() {
        setName(NAME);
        // Spring Boot has configured Logback before any bean is created; a context started again (tests) resets
        // Logback and creates this bean anew, so the filter is added once per configuration
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            logback.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (level != Level.ERROR || !ENGINE_CONTEXT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = thrown != null ? thrown : lastThrowable(params);
        if (failure == null) {
            return FilterReply.NEUTRAL;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refused) {
                refusals.info("Refused inside an engine command: {} {}", refused.code(), refused.getMessage());
                return FilterReply.DENY;
            }
            if (t instanceof NullValueException gone
                    && gone.getMessage() != null
                    && gone.getMessage().startsWith("Cannot find task with id")) {
                // a claim or completion of a task that a colleague completed a moment before: our API answers 409
                refusals.info("Task gone inside an engine command (lost race): {}", gone.getMessage());
                return FilterReply.DENY;
            }
            if (t instanceof BpmnError error) {
                refusals.info("BPMN error left an engine command: {} {}", error.getErrorCode(), error.getMessage());
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
