package org.nec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for page tests, with a fresh profile and no calls out of this machine. Installed by
 * {@code .ci/run}; without it the calling test is skipped.
 */
public final class Browser {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final String MISSING =
            "Chromium and chromedriver are installed by .ci/run (apt-get install chromium chromium-driver)";

    private Browser() {
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** For the set-up of a {@link NeedsChromium} class: no browser (and no test runs) where it is missing. */
    public static WebDriver startIfInstalled() {
        return installed() ? start() : null;
    }

    public static WebDriver start() {
        Assumptions.assumeTrue(installed(), MISSING);
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory("nec-chromium-"));
            WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
