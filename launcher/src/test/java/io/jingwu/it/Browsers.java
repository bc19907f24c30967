package io.jingwu.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Headless Debian Chromium for the browser checks; never downloaded, so a missing package fails loudly. */
final class Browsers {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Chromium's narrowest window: a page narrower than this is only seen through device emulation. */
    private static final int NARROWEST_WINDOW = 500;

    /** A phone's screen, for the citizen portal. */
    static final String PHONE = "390,844";
    /** The narrowest phone the citizen pages are made for: nothing may scroll sideways on it. */
    static final String NARROW_PHONE = "360,780";
    /** A clerk's desktop, for the workbench. */
    static final String DESKTOP = "1366,900";

    private Browsers() {
    }

    /**
     * Until the element has left the page (an ajax update replaced it). Like {@code ExpectedConditions.stalenessOf},
     * and also when Chromium answers for a node it is detaching "does not belong to the document" instead of
     * reporting it stale.
     */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Waits until Chart.js has drawn the {@code p:chart} of this id (its canvas alone is in the page from the start)
     * and gives the chart's labels as Chart.js holds them.
     */
    @SuppressWarnings("unchecked")
    static List<String> drawnChartLabels(WebDriver browser, WebDriverWait wait, String id) {
        return (List<String>) wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "var canvas = document.getElementById(arguments[0] + '_canvas');"
                        + "var chart = window.Chart && canvas && Chart.getChart(canvas);"
                        + "return chart ? chart.data.labels.map(String) : null;", id));
    }

    /**
     * Closes the browser, and fails the check if the content security policy refused anything on any page it showed
     * (an inline script or handler, an eval, a resource from elsewhere): a page that breaks under the policy often
     * still looks right, with a button that does nothing.
     */
    static void quit(WebDriver browser) {
        List<String> refused;
        try {
            refused = refusedByThePolicy(browser);
        } finally {
            browser.quit();
        }
        assertTrue(refused.isEmpty(), () -> "The content security policy refused:\n" + String.join("\n", refused));
    }

    /** What Chromium's console said the content security policy refused, since the browser opened. */
    static List<String> refusedByThePolicy(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    static WebDriver chromium(String windowSize) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            fail("Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=" + windowSize, "--lang=zh-CN");
        // The console, where Chromium reports what the content security policy refused (see quit).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        String[] size = windowSize.split(",");
        int width = Integer.parseInt(size[0].strip());
        if (width < NARROWEST_WINDOW) {
            // A window is never narrower than 500 px, even headless: the page is shown at the phone's width as
            // Chromium's device emulation shows it (still clicked with a mouse, as the checks do).
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", width, "height", Integer.parseInt(size[1].strip()), "pixelRatio", 1.0, "touch", false)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }
}
