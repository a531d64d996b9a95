package io.crowdflow.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The console in Debian's chromium, driven by chromedriver (both from {@code apt-get install chromium
 * chromium-driver}; .ci/run installs them). Missing browsers fail the test, unless the system property
 * {@code crowdflow.browser-tests=skip} says to skip browser tests (docs/console.md).
 */
final class Browser implements AutoCloseable {

    static final String CONSOLE = System.getProperty("crowdflow.console", "http://localhost:8080/crowdflow/");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("crowdflow.screenshots", "target/screenshots"));
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** A fresh browser (no cookies, no storage) that prefers the given language, e.g. "en-US". */
    static Browser open(String language) {
        assumeFalse("skip".equals(System.getProperty("crowdflow.browser-tests")),
                "browser tests skipped: -Dcrowdflow.browser-tests=skip");
        File chromium = new File(System.getProperty("crowdflow.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("crowdflow.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            fail("ConsoleJourneyIT needs " + chromium + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver (.ci/run does), or skip the browser tests with"
                    + " -Dcrowdflow.browser-tests=skip");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.getPath());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Logs in through the real Keycloak login page (authorization code + PKCE) as a demo user. */
    Browser login(String user) {
        return openLoginPage().submitLogin(user);
    }

    /** From the console's landing page to Keycloak's login form. */
    Browser openLoginPage() {
        driver.get(CONSOLE);
        click(By.id("landing-login"));
        waitFor(By.id("username"));
        return this;
    }

    /** Fills Keycloak's login form and waits for the console to show the user. */
    Browser submitLogin(String user) {
        WebElement username = waitFor(By.id("username"));
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.textToBe(By.id("user"), user));
        return this;
    }

    /** Opens a console route such as /tasks/new and waits for its page to be shown. */
    Browser go(String route, String pageId) {
        driver.get(CONSOLE + "#" + route);
        waitFor(By.cssSelector("section.page[data-page='" + pageId + "']"));
        return this;
    }

    WebElement waitFor(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (RuntimeException e) {
            throw new AssertionError("not shown: " + by + "\nbrowser log:\n" + log(), e);
        }
    }

    WebElement waitForText(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
            return driver.findElement(by);
        } catch (RuntimeException e) {
            String shown = driver.findElements(by).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
            throw new AssertionError("'" + text + "' not shown in " + by + " (shown: " + shown + ")\nbrowser log:\n"
                    + log(), e);
        }
    }

    /** Waits until the element's attribute has the value. */
    void waitForAttribute(By by, String attribute, String value) {
        try {
            wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
        } catch (RuntimeException e) {
            throw new AssertionError(by + " never had " + attribute + "=" + value + "\nbrowser log:\n" + log(), e);
        }
    }

    void waitUntilGone(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    Object script(String asyncScript, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript, args);
    }

    /** Saves the page as target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    /** Fails if the browser reported a content security policy violation since the log was last read. */
    void assertNoPolicyViolation() {
        String log = log();
        if (log.toLowerCase().contains("content security policy")) {
            throw new AssertionError("content security policy violated:\n" + log);
        }
    }

    String log() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(no browser log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
