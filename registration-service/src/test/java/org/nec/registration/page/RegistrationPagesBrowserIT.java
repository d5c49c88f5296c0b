package org.nec.registration.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nec.testing.Browser;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.NeedsChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person registers in a real (headless) Chromium, in French and in English, and lands on their page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
@NeedsChromium
class RegistrationPagesBrowserIT {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startIfInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private void fillAndSubmit(String email) {
        field("firstName").sendKeys("Élise");
        field("lastName").sendKeys("Dubois");
        field("email").sendKeys(email);
        field("organisation").sendKeys("Tiers-lieu de la Vallée");
        field("ticket-MEMBER").click();
        field("privacyPolicy").click();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/manage/"));
    }

    @Test
    void registeringInFrenchLandsOnTheManagePage() {
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("S'inscrire");

        fillAndSubmit("elise-" + UUID.randomUUID() + "@example.org");

        assertThat(browser.getCurrentUrl()).contains("token=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mon inscription");
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Inscription confirmée");
    }

    @Test
    void registeringInEnglishLandsOnTheManagePageInEnglish() {
        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        fillAndSubmit("elise-" + UUID.randomUUID() + "@example.org");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My registration");
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Registration confirmed");
    }

    @Test
    void anIncompleteFormListsEachProblemLinkedToItsField() {
        browser.get("http://127.0.0.1:" + port + "/?lang=en");
        field("firstName").sendKeys("Élise");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")))
                .anyMatch(href -> href.endsWith("#email")).anyMatch(href -> href.endsWith("#privacyPolicy"))
                .noneMatch(href -> href.endsWith("#firstName"));
        assertThat(field("email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("firstName").getAttribute("value")).isEqualTo("Élise");
    }
}
