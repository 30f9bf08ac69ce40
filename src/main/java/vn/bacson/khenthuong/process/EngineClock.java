package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's one clock. It reads the engine's clock, so a test that moves the engine clock
 * (to fire a timer) moves every deadline and status computed by our services too.
 */
@Component
public class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId businessZone) {
        this.zone = businessZone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
