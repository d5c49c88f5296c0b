package org.nec.system.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nec.localstack.LocalStack;
import org.nec.localstack.Ports;
import org.nec.localstack.StackConfig;
import org.nec.testing.Browser;
import org.nec.testing.NeedsChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The event run in a browser, at the front door only, on the whole platform as {@code ./nec up} runs it:
 * attendees register, read their mail, take a seat, wait in line and are promoted; the organiser signs in once,
 * builds and places a session, moves one that people hold seats in, publishes, finds an attendee, checks them in,
 * downloads the CSV and signs out. Every page and state passed through is checked with axe-core and weighed.
 */
@NeedsChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysIT {

    private static final Path ROOT = Path.of(System.getProperty("nec.projectRoot", "..")).toAbsolutePath().normalize();
    private static final String PASSWORD = "journey-organiser-secret";
    private static final Duration MAIL = Duration.ofSeconds(45);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private LocalStack stack;
    private StackConfig config;
    private WebDriver browser;
    private PageChecks pages;
    private Mailbox mailbox;
    private String front;

    @BeforeAll
    void startPlatformAndBrowser() throws Exception {
        if (!Browser.installed()) {
            return;
        }
        config = StackConfig.freePorts(ROOT, Files.createTempDirectory("nec-journeys-"), Map.of(
                "NEC_ORGANISER_PASSWORD", PASSWORD, "NEC_DIGEST_WINDOW", "PT2S", "NEC_RATE_LIMIT_PER_MINUTE", "0"));
        stack = new LocalStack(config, System.out);
        stack.start();
        front = config.frontDoor().url();
        pages = new PageChecks(front);
        mailbox = new Mailbox(Ports.LOOPBACK, config.imapPort());
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (pages != null) {
            System.out.println("[journeys] pages checked:");
            pages.report().forEach((state, figures) -> System.out.println("[journeys]   " + state + ": " + figures));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void attendeesAndTheOrganiserRunTheEventInTheBrowser(String lang) throws Exception {
        browser.manage().deleteAllCookies();
        String workshop = workshopWithOneSeat(lang);
        String first = "first-" + lang + "-" + UUID.randomUUID() + "@example.org";
        String second = "second-" + lang + "-" + UUID.randomUUID() + "@example.org";

        // 1-3: register, open the link from the confirmation mail, take the workshop's only seat (keyboard only)
        String firstId = register(lang, first, "Aïcha", true);
        String firstToken = openMyProgrammeFromTheConfirmationMail(lang, first);
        signUpWithTheKeyboard(workshop);
        assertThat(heldStatus(firstId, firstToken, workshop)).isEqualTo("SEATED");
        await().atMost(MAIL).untilAsserted(() -> assertThat(mailbox.read(first)).hasSize(2)
                .last().satisfies(mail -> assertThat(mail.hasCalendarFile()).as("the seat mail's .ics").isTrue()));

        // 4: the second attendee finds the workshop full and joins the line; the first gives the seat back
        String secondId = register(lang, second, "Bruno", false);
        String secondToken = openMyProgrammeFromTheConfirmationMail(lang, second);
        pages.check(browser, lang + ": my programme, a full session");
        sessionControl(workshop, "sign-up").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(
                By.cssSelector("form[action*='" + workshop + "'] [data-action=give-up]")).isEmpty());
        pages.check(browser, lang + ": my programme, on the waiting list");
        assertThat(heldStatus(secondId, secondToken, workshop)).isEqualTo("WAITLISTED");
        browser.get(front + "/my-programme/" + firstId + "?token=" + firstToken + "&lang=" + lang);
        sessionControl(workshop, "give-up").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(
                By.cssSelector("form:has(input[value='" + workshop + "']) [data-action=sign-up]")).isEmpty());
        assertThat(heldStatus(firstId, firstToken, workshop)).isNull();
        await().atMost(MAIL).untilAsserted(() -> assertThat(heldStatus(secondId, secondToken, workshop))
                .isEqualTo("SEATED"));
        await().atMost(MAIL).untilAsserted(() -> assertThat(mailbox.read(second)).hasSize(3)
                .last().satisfies(mail -> assertThat(mail.hasCalendarFile()).as("the promotion's .ics").isTrue()));

        // the public pages an attendee may also open
        for (String path : List.of("/programme", "/manage-link", "/privacy")) {
            browser.get(front + path + ("en".equals(lang) ? "?lang=en" : ""));
            pages.check(browser, lang + ": " + path);
        }

        // 5: the organiser signs in once at the front door
        signIn(lang);
        pages.check(browser, lang + ": dashboard");

        // 6-7: a room, a person and a session from the console, placed from the tray; the workshop moved, published
        OrganiserConsole console = new OrganiserConsole(browser, front, lang, pages);
        console.createRoomPersonAndSessionThenPlaceIt("Salle Zanzibar " + lang, "Nour Haddad " + lang,
                "Atelier de fabrication " + lang, "en".equals(lang));
        console.moveWithTheKeyboard(workshop, "2026-12-04", "Salle Charles Gide", "fr".equals(lang) ? "14:00" : "15:30");
        int before = programmeVersion();
        console.publish();
        assertThat(programmeVersion()).isEqualTo(before + 1);
        assertThat(apiGet(service("agenda") + "/api/programme")).contains(workshop);

        // 8: the attendee holding the seat gets one digest; the one who gave it back gets none
        await().atMost(MAIL).untilAsserted(() -> assertThat(mailbox.read(second)).hasSize(4));
        assertThat(log(second)).containsOnlyOnce("\"type\":\"SCHEDULE_CHANGED\"");
        assertThat(log(first)).doesNotContain("\"type\":\"SCHEDULE_CHANGED\"");

        // 9: the organiser finds the attendee, checks them in, downloads the CSV, looks at the mail log, signs out
        console.findAndCheckIn(second, secondId);
        assertThat(apiGet(service("registration") + "/api/admin/registrations?q=" + second)).contains("checkedInAt");
        String csv = console.downloadCsv(sessionCookie());
        assertThat(csv).contains(second);
        console.mailLog(second);
        console.deadLetters();
        console.otherConsolePages();
        console.signOut();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(front + "/dashboard")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
    }

    private String workshopWithOneSeat(String lang) throws Exception {
        String rooms = apiGet(service("agenda") + "/api/rooms");
        Matcher gide = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\"Salle Charles Gide\"").matcher(rooms);
        assertThat(gide.find()).as("the demo room in %s", rooms).isTrue();
        String start = "fr".equals(lang) ? "09:30" : "11:00";
        String end = "fr".equals(lang) ? "10:30" : "12:00";
        HttpResponse<String> created = api("POST", service("agenda") + "/api/admin/sessions", """
                {"title":{"fr":"Vélo-école %1$s","en":"Bike school %1$s"},"type":"WORKSHOP","roomId":"%2$s",
                 "start":"2026-12-04T%3$s:00+01:00","end":"2026-12-04T%4$s:00+01:00","speakerIds":[],
                 "capacity":1,"signupRequired":true}""".formatted(lang, gide.group(1), start, end));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> release = api("POST", service("agenda") + "/api/admin/schedule/releases", "");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(201);
        return field(created.body(), "id");
    }

    private String register(String lang, String email, String firstName, boolean showErrorsFirst) {
        browser.get(front + "/" + ("en".equals(lang) ? "?lang=en" : ""));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        pages.check(browser, lang + ": registration form");
        if (showErrorsFirst) {
            browser.findElement(By.id("firstName")).sendKeys(firstName);
            browser.findElement(By.cssSelector("main button[type=submit]")).click();
            wait(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            pages.check(browser, lang + ": registration form with errors");
            browser.findElement(By.id("firstName")).clear();
        }
        browser.findElement(By.id("firstName")).sendKeys(firstName);
        browser.findElement(By.id("lastName")).sendKeys("Martin");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("organisation")).sendKeys("Coop des Communs");
        browser.findElement(By.id("ticket-MEMBER")).click();
        browser.findElement(By.id("privacyPolicy")).click();
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("/manage/"));
        assertThat(browser.getCurrentUrl()).startsWith(front + "/manage/");
        pages.check(browser, lang + ": manage page");
        Matcher id = Pattern.compile("/manage/([^?/]+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** Reads the confirmation mail, opens its manage link, then "my programme"; returns the token. */
    private String openMyProgrammeFromTheConfirmationMail(String lang, String email) throws Exception {
        await().atMost(MAIL).until(() -> !mailbox.read(email).isEmpty());
        String text = mailbox.read(email).get(0).text();
        Matcher link = Pattern.compile("(https?://\\S+/manage/\\S+token=([\\w-]+))").matcher(text);
        assertThat(link.find()).as("the manage link in %s", text).isTrue();
        assertThat(link.group(1)).startsWith(front);
        browser.get(link.group(1));
        browser.findElement(By.cssSelector("[data-action=my-programme]")).click();
        wait(ExpectedConditions.urlContains("/my-programme/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        pages.check(browser, lang + ": my programme");
        return link.group(2);
    }

    /** Tabs from the top of the page to the session's sign-up button and presses Enter: no mouse. */
    private void signUpWithTheKeyboard(String session) {
        WebElement target = sessionControl(session, "sign-up");
        browser.findElement(By.tagName("body")).click();
        for (int i = 0; i < 200 && !target.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("the sign-up button reached with Tab").isEqualTo(target);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form:has(input[value='" + session + "']) [data-action=give-up], "
                        + "form[action*='" + session + "'] [data-action=give-up]")));
    }

    private WebElement sessionControl(String session, String action) {
        return browser.findElement(By.cssSelector("form:has(input[value='" + session + "']) [data-action=" + action
                + "], form[action*='" + session + "'] [data-action=" + action + "]"));
    }

    private void signIn(String lang) {
        browser.get(front + "/admin" + ("en".equals(lang) ? "?lang=en" : ""));
        pages.check(browser, lang + ": sign-in");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("[data-action=sign-in]")).click();
        wait(ExpectedConditions.urlContains("/dashboard"));
    }

    private String sessionCookie() {
        Cookie session = browser.manage().getCookieNamed("NEC_SESSION");
        assertThat(session).as("the front door's session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getValue()).doesNotContain(PASSWORD);
        return session.getName() + "=" + session.getValue();
    }

    private String heldStatus(String registrationId, String token, String session) throws Exception {
        String agenda = http.send(HttpRequest.newBuilder(URI.create(service("agenda") + "/api/registrations/"
                + registrationId + "/agenda")).header("X-Manage-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (var held : tools.jackson.databind.json.JsonMapper.builder().build().readTree(agenda)) {
            if (session.equals(held.path("session").path("id").asString())) {
                return held.path("signup").path("status").asString();
            }
        }
        return null;
    }

    private int programmeVersion() throws Exception {
        return Integer.parseInt(Pattern.compile("\"version\":(\\d+)").matcher(apiGet(service("agenda")
                + "/api/programme")).results().findFirst().orElseThrow().group(1));
    }

    private String log(String email) throws Exception {
        return apiGet(service("notification") + "/api/admin/notifications?email=" + email);
    }

    private String service(String name) {
        return config.service(name).url();
    }

    private String apiGet(String url) throws Exception {
        return api("GET", url, null).body();
    }

    private HttpResponse<String> api(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("organiser:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
