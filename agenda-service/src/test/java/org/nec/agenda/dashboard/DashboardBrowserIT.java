package org.nec.agenda.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nec.testing.Browser;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.NeedsChromium;
import org.nec.testing.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The organiser logs in, drags sessions around the grid in a real browser, and publishes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=dashboard-tests")
@EmbeddedInfrastructure
@NeedsChromium
class DashboardBrowserIT {

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

    private RestClient organiser() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();
    }

    private String create(String path, Map<String, Object> body) {
        return (String) organiser().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class).get("id");
    }

    private WebElement cell(String roomId, String time) {
        return browser.findElement(By.cssSelector(".cell[data-room='" + roomId + "'][data-time='" + time + "']"));
    }

    private WebElement card(String sessionId) {
        return browser.findElement(By.cssSelector(".card[data-session='" + sessionId + "']"));
    }

    private void drag(String sessionId, WebElement to) {
        new Actions(browser).clickAndHold(card(sessionId).findElement(By.tagName("strong")))
                .moveToElement(to, 0, 0).moveByOffset(2, 2).release().perform();
    }

    @Test
    void theOrganiserDragsASessionSeesTheConflictThenMovesItAndPublishes() {
        organiser().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "name", "NEC 2026", "venue", "Paris", "start", "2026-12-03", "end", "2026-12-04",
                "timeZone", "Europe/Paris")).retrieve().toBodilessEntity();
        String roomA = create("/api/admin/rooms", Map.of("name", "A " + UUID.randomUUID(), "capacity", 50));
        String roomB = create("/api/admin/rooms", Map.of("name", "B " + UUID.randomUUID(), "capacity", 50));
        String moving = create("/api/admin/sessions", Map.of("title", Map.of("fr", "Atelier mobile", "en", "Moving"),
                "type", "WORKSHOP", "roomId", roomA, "start", "2026-12-03T10:00:00+01:00",
                "end", "2026-12-03T11:00:00+01:00"));
        create("/api/admin/sessions", Map.of("title", Map.of("fr", "Atelier fixe", "en", "Fixed"),
                "type", "WORKSHOP", "roomId", roomB, "start", "2026-12-03T10:00:00+01:00",
                "end", "2026-12-03T11:00:00+01:00"));
        organiser().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity();

        browser.get("http://127.0.0.1:" + port + "/dashboard?day=2026-12-03");
        browser.findElement(By.name("username")).sendKeys(TestAccounts.ORGANISER);
        browser.findElement(By.name("password")).sendKeys(TestAccounts.ORGANISER_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".grid")));

        drag(moving, cell(roomB, "10:00"));

        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("move-warning")));
        assertThat(warning.getText()).contains("holds two sessions at once");
        warning.findElement(By.cssSelector("button.cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("move-warning")));

        drag(moving, cell(roomA, "14:00"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "La séance est déplacée."));
        assertThat(card(moving).getText()).contains("14:00–15:00");
        assertThat(browser.findElement(By.cssSelector(".panel")).getText()).contains("MOVED");

        browser.findElement(By.id("publish")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Version 2 publiée."));
        Map<?, ?> programme = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/programme").retrieve()
                .body(Map.class);
        assertThat(programme.get("version")).isEqualTo(2);
        assertThat((List<Map<?, ?>>) programme.get("sessions")).filteredOn(s -> moving.equals(s.get("id")))
                .singleElement().satisfies(s -> assertThat(s.get("start")).isEqualTo("2026-12-03T13:00:00Z"));
    }

    @Test
    void theDashboardNeedsTheOrganiser() {
        var anonymous = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        var page = anonymous.get().uri("/dashboard").header("Accept", "text/html").retrieve().toBodilessEntity();
        var api = anonymous.get().uri("/api/admin/attendees").retrieve().toBodilessEntity();

        assertThat(page.getStatusCode().value()).isEqualTo(302);
        assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
        assertThat(api.getStatusCode().value()).isEqualTo(401);
    }
}
