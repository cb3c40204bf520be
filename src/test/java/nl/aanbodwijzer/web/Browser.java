package nl.aanbodwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver) for all browser tests, with the
 * helpers a journey needs: screenshots of whole pages under target/screenshots, axe-core on every
 * page, and a folder for downloads.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static ChromeDriver driver;

    private Browser() {}

    /**
     * The browser, started on first use and stopped when the tests end. Without Chromium the browser
     * tests are reported as skipped, unless the environment sets {@code AANBODWIJZER_REQUIRE_BROWSER=true}
     * (as {@code .ci/run} does, after installing it), where they fail.
     */
    static synchronized ChromeDriver driver() {
        if (driver == null) {
            String missing = "browser tests need Debian's chromium and chromium-driver (" + CHROMEDRIVER
                    + "); .ci/run installs them";
            if ("true".equals(System.getenv("AANBODWIJZER_REQUIRE_BROWSER"))) {
                assertThat(CHROMEDRIVER).as(missing).exists();
            }
            Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), missing);
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    private static ChromeDriver start() {
        try {
            Files.createDirectories(DOWNLOADS);
            ChromeOptions options = new ChromeOptions()
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--lang=nl-NL",
                            "--user-data-dir=" + Files.createTempDirectory("aanbodwijzer-chromium"))
                    .setExperimentalOption(
                            "prefs",
                            Map.of(
                                    "download.default_directory",
                                    DOWNLOADS.toString(),
                                    "download.prompt_for_download",
                                    false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build();
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().window().setSize(new Dimension(1280, 1000));
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, not just what fits the window, as target/screenshots/{name}.png. */
    @SuppressWarnings("unchecked")
    static Path screenshot(String name) {
        ChromeDriver browser = driver();
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x", 0,
                                "y", 0,
                                "width", size.get("width"),
                                "height", size.get("height"),
                                "scale", 1)));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
    static void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver());
        List<String> serious = results.getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious).as("axe-core on " + page).isEmpty();
    }

    /** Emulates paper, as the print dialog would show the page, or the screen again. */
    static void emulatePrint(boolean print) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    static WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    static List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }
}
