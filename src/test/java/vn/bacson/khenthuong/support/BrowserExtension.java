package vn.bacson.khenthuong.support;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The headless Chromium of a browser IT, which owns its lifecycle: a field
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);
 * }</pre>
 *
 * is the test's {@link WebDriverSession}. The browser starts at its first use (5–9 s on 2 cores: one per class is the
 * rule, {@link #perTest} for a test that wants its own), and before each test it is pointed at the application under
 * test ({@link PostgresIT#baseUrl()}) and, if it runs, put back to the class's window size. It is quit after the class
 * or after each test, whatever their outcome.
 */
public final class BrowserExtension extends WebDriverSession
        implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final boolean perTest;
    private Consumer<ChromeDriver> onStart = driver -> {};

    private BrowserExtension(Dimension window, boolean perTest) {
        super(window);
        this.perTest = perTest;
    }

    /** One browser for every test of the class, quit after the last. */
    public static BrowserExtension perClass(Dimension window) {
        return new BrowserExtension(window, false);
    }

    /** A browser of each test's own (started only if the test uses it), quit after the test. */
    public static BrowserExtension perTest(Dimension window) {
        return new BrowserExtension(window, true);
    }

    /** What the browser does once, right after it starts (e.g. a script for every page it opens). */
    public BrowserExtension onStart(Consumer<ChromeDriver> onStart) {
        this.onStart = onStart;
        return this;
    }

    @Override
    protected void started(ChromeDriver driver) {
        onStart.accept(driver);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!(context.getRequiredTestInstance() instanceof PostgresIT test)) {
            throw new IllegalStateException("A browser IT extends PostgresIT: " + context.getRequiredTestClass());
        }
        at(test.baseUrl());
        if (isStarted()) {
            resize(window());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
