package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * app.province.* for the code and the BPMN expressions ({@code ${provinceSettings.dueDate('PROVINCE_APPRAISAL')}}):
 * whether the province reviews inside this system ({@code internal}, the default) or answers outside it
 * ({@code external}: culture-social types its answer in), and the province's deadlines in working days. A stage's
 * days are {@code app.workflow.stage-working-days.<STAGE>} like the commune's stages, with the defaults of issue 14
 * (appraisal 10, council 10, decision 5); a returned proposal is sent again within
 * {@code app.province.resend-working-days} (5).
 */
@Component("provinceSettings")
public class ProvinceSettings {

    public static final String INTERNAL = "internal";
    public static final String EXTERNAL = "external";

    private static final Map<Stage, Integer> DEFAULT_DAYS =
            Map.of(Stage.PROVINCE_APPRAISAL, 10, Stage.PROVINCE_COUNCIL, 10, Stage.PROVINCE_DECISION, 5);

    private volatile String mode;
    private final int resendWorkingDays;
    private final Map<String, Integer> stageDays;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public ProvinceSettings(
            @Value("${app.province.mode:internal}") String mode,
            @Value("${app.province.resend-working-days:5}") int resendWorkingDays,
            AppProperties properties,
            BusinessCalendar calendar,
            Clock clock) {
        if (!INTERNAL.equals(mode) && !EXTERNAL.equals(mode)) {
            throw new IllegalStateException("app.province.mode must be internal or external, not " + mode);
        }
        this.mode = mode;
        this.resendWorkingDays = resendWorkingDays;
        Map<String, Integer> configured = properties.workflow().stageWorkingDays();
        this.stageDays = configured == null ? Map.of() : Map.copyOf(configured);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The province reviews the communes' proposals in this system. */
    public boolean isInternal() {
        return INTERNAL.equals(mode);
    }

    /**
     * Switches the mode while running (the ITs share one application and try both; the per-commune settings of the
     * tenancy work will hold it per commune).
     */
    public void switchMode(String mode) {
        if (!INTERNAL.equals(mode) && !EXTERNAL.equals(mode)) {
            throw new IllegalArgumentException("app.province.mode must be internal or external, not " + mode);
        }
        this.mode = mode;
    }

    public int workingDays(Stage stage) {
        Integer days = stageDays.get(stage.name());
        if (days != null) {
            return days;
        }
        Integer fallback = DEFAULT_DAYS.get(stage);
        if (fallback == null) {
            throw new IllegalArgumentException(stage + " is not a province stage");
        }
        return fallback;
    }

    /** A province task's due date: its stage's working days from now, at the end of the working day. */
    public Date dueDate(String stage) {
        return Date.from(calendar.deadlineAfterWorkingDays(clock.instant(), workingDays(Stage.valueOf(stage))));
    }

    /** When a proposal returned now must be back at the province. */
    public Date resendDue() {
        return Date.from(resendDueFrom(clock.instant()));
    }

    Instant resendDueFrom(Instant from) {
        return calendar.deadlineAfterWorkingDays(from, resendWorkingDays);
    }
}
