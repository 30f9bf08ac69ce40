package vn.bacson.khenthuong.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium + chromedriver, nothing downloaded) with the helpers the journeys
 * need: sign in as a demo user, wait for elements, save screenshots under target/screenshots. The browser starts at
 * its first use; a browser IT gets its session from {@link BrowserExtension}, which also quits it.
 */
public sealed class WebDriverSession implements AutoCloseable permits BrowserExtension {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The screenshots the README and docs show, written again by the journeys that take them. */
    public static final Path DOCS_SCREENSHOTS = Path.of("docs", "screenshots");

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    /** The laptop screens of the commune office (issue 12): the header must fit both. */
    public static final Dimension LAPTOP = new Dimension(1280, 720);

    private static final Duration SIGN_IN_WAIT = Duration.ofSeconds(60);

    public static final Dimension LAPTOP_WIDE = new Dimension(1366, 768);

    /** The window a new browser opens with. */
    private final Dimension window;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private String baseUrl;

    protected WebDriverSession(Dimension window) {
        this.window = window;
    }

    /** Starts the browser: 5–9 s on 2 cores. */
    private void start() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=vi",
                // Bootstrap scrolls smoothly unless motion is reduced: a click must not race the scrolling
                "--force-prefers-reduced-motion");
        // the browser console, read by consoleErrors()
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        // a fetch from the page may draw up and freeze a decision's PDF first: seconds on a busy machine
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        started(driver);
    }

    /** What a new browser needs before its first page (nothing here). */
    protected void started(ChromeDriver driver) {}

    /** The window a new browser opens with. */
    protected Dimension window() {
        return window;
    }

    /** Whether the browser runs (it starts at the first use). */
    protected boolean isStarted() {
        return driver != null;
    }

    public ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    public WebDriverSession at(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    public void open(String path) {
        driver().get(baseUrl + path);
    }

    /** Signs out whoever was signed in, then signs in as this demo user (password demo). */
    public void signIn(String username) {
        signIn(username, "demo");
    }

    /** Signs out whoever was signed in, then signs in as this user (e.g. one a test onboarded). */
    public void signIn(String username, String password) {
        driver().manage().deleteAllCookies();
        open("/login");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.id("login-submit")).click();
        // the start page after the login runs a role's grouped queries: on a loaded machine that is more than the
        // usual 20 s wait
        new WebDriverWait(driver(), SIGN_IN_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    /**
     * The element once it is visible on a page the browser has received whole. The server streams a page while it
     * draws it up (Thymeleaf's partial output), so a form's first element can be there before its rows are: an
     * assertion right after must not read half a page.
     */
    public WebElement visible(By by) {
        return waiter().until(whole(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    /** The element once it is in a page the browser has received whole (see {@link #visible(By)}). */
    public WebElement present(By by) {
        return waiter().until(whole(ExpectedConditions.presenceOfElementLocated(by)));
    }

    private static ExpectedCondition<WebElement> whole(ExpectedCondition<WebElement> condition) {
        return d -> {
            WebElement element = condition.apply(d);
            // asked after the element was found: if a newer page replaced it meanwhile, that page is the one asked
            return element != null
                            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                    ? element
                    : null;
        };
    }

    public String text(By by) {
        return visible(by).getText();
    }

    /**
     * The element scrolled to the middle of the window at once (no smooth scrolling, no sticky header over it), once
     * it is clickable there.
     */
    public WebElement inView(By by) {
        WebElement element = driver().findElement(by);
        driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return waiter().until(ExpectedConditions.elementToBeClickable(element));
    }

    /**
     * Clicks a button that submits its form and waits for the page the server answers with, received whole. Reading
     * right after a plain click may still read the page the click left (a form redrawn with one more row counted the
     * old rows).
     */
    public void submitWith(WebElement button) {
        WebElement page = driver().findElement(By.tagName("html"));
        button.click();
        waiter().until(ExpectedConditions.stalenessOf(page));
        present(By.tagName("body"));
    }

    /** Clicks a button whose form asks for confirmation, and confirms. */
    public void clickAndConfirm(By by) {
        driver().findElement(by).click();
        waiter().until(ExpectedConditions.alertIsPresent()).accept();
    }

    public WebDriverWait waiter() {
        driver();
        return wait;
    }

    /** The whole page (the window is stretched to the page's height for the shot), as target/screenshots/name.png. */
    public Path screenshot(String name) {
        Dimension size = driver().manage().window().getSize();
        try {
            long height = (Long) ((JavascriptExecutor) driver())
                    .executeScript(
                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver().manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 20, 5000)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver().manage().window().setSize(size);
        }
    }

    /** {@link #screenshot}, and the same picture as docs/screenshots/name.png. */
    public Path screenshotForDocs(String name) {
        Path shot = screenshot(name);
        try {
            Files.createDirectories(DOCS_SCREENSHOTS);
            return Files.copy(shot, DOCS_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The console errors (SEVERE: failed loads, CSP refusals, script errors) since the last call, each once; reading
     * them empties the browser's buffer, so a test reads them after the pages it checks.
     */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .distinct()
                .toList();
    }

    /** Forgets the console entries so far (e.g. of the login page). */
    public void clearConsole() {
        driver().manage().logs().get(LogType.BROWSER);
    }

    /** GET an address from the page, with its session, as a link would: "status content-type". */
    public String fetch(String path) {
        return String.valueOf(driver().executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done('error ' + e));",
                        path));
    }

    /** How far the page scrolls sideways at the window's width (0 when everything fits). */
    public int sidewaysScroll() {
        return ((Number) driver().executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    public void resize(Dimension size) {
        driver().manage().window().setSize(size);
    }

    /** Quits the browser if it runs; the next use starts a new one. */
    @Override
    public void close() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                wait = null;
            }
        }
    }
}
