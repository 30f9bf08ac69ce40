package vn.bacson.khenthuong.posting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most {@code app.public-posting.feedback-per-ip} accepted messages per sender address within
 * {@code feedback-window} (a fixed window that starts with the first message). Kept in memory: each node counts
 * on its own and a restart forgets — enough to stop one address flooding the reviewers, not a defence against
 * many addresses. Windows that have run out are dropped once more than {@link #MAX_ADDRESSES} are held.
 */
@Component
class FeedbackRateLimiter {

    static final int MAX_ADDRESSES = 10_000;

    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration length;

    FeedbackRateLimiter(Clock clock, PublicPostingSettings settings) {
        this.clock = clock;
        this.limit = settings.feedbackPerIp();
        this.length = settings.feedbackWindow();
    }

    /** Counts one message from the address; false when the address has used up its window. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        windows.compute(address, (key, window) -> {
            if (window == null || expired(window, now)) {
                allowed[0] = limit > 0;
                return new Window(now, allowed[0] ? 1 : 0);
            }
            if (window.count() < limit) {
                allowed[0] = true;
                return new Window(window.start(), window.count() + 1);
            }
            return window;
        });
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> expired(w, now));
        }
        return allowed[0];
    }

    int addressesHeld() {
        return windows.size();
    }

    /** Run out, or started "later" than now (a clock set back, as tests do): either way a fresh window. */
    private boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(length)) || now.isBefore(window.start());
    }
}
