package org.nec.system.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The organiser's side of a journey, at the front door, signed in; every page passed through is checked. */
final class OrganiserConsole {

    private final WebDriver browser;
    private final String front;
    private final String lang;
    private final PageChecks pages;

    OrganiserConsole(WebDriver browser, String front, String lang, PageChecks pages) {
        this.browser = browser;
        this.front = front;
        this.lang = lang;
        this.pages = pages;
    }

    /**
     * Creates a room, a person and an unplaced session from the console, then places the session from the tray:
     * dragged onto the grid, or with the tray item's form.
     */
    String createRoomPersonAndSessionThenPlaceIt(String room, String person, String title, boolean drag) {
        open("/admin/programme/rooms");
        pages.check(browser, lang + ": console, rooms");
        submitEmpty("/admin/programme/rooms");
        pages.check(browser, lang + ": console, rooms with errors");
        type("name", room);
        type("capacity", "24");
        submit("/admin/programme/rooms");
        assertThat(browser.getPageSource()).contains(room);

        open("/admin/programme/people");
        pages.check(browser, lang + ": console, people");
        type("name", person);
        type("organisation", "Fabrique des communs");
        submit("/admin/programme/people");
        assertThat(browser.getPageSource()).contains(person);

        open("/admin/programme/sessions");
        pages.check(browser, lang + ": console, sessions");
        type("title-fr", title);
        type("title-en", title + " (EN)");
        new Select(browser.findElement(By.id("type"))).selectByValue("WORKSHOP");
        new Select(browser.findElement(By.id("speakerIds"))).selectByVisibleText(person);
        browser.findElement(By.cssSelector("[data-action=create-session]")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlToBe(front + "/admin/programme/sessions?lang=" + lang)));

        open("/dashboard?day=2026-12-04");
        WebElement item = browser.findElements(By.cssSelector(".tray-item")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElseThrow(
                        () -> new AssertionError("the new session in the tray of " + browser.getPageSource()));
        String session = item.getAttribute("data-session");
        pages.check(browser, lang + ": dashboard with a session to place");
        Select rooms = new Select(item.findElement(By.cssSelector("select[name=roomId]")));
        rooms.selectByVisibleText(room);
        if (drag) {
            String roomId = rooms.getFirstSelectedOption().getAttribute("value");
            WebElement cell = browser.findElement(By.cssSelector(".cell[data-room='" + roomId + "'][data-time='16:00']"));
            new Actions(browser).clickAndHold(item.findElement(By.tagName("strong"))).moveToElement(cell, 0, 0)
                    .moveByOffset(2, 2).release().perform();
        } else {
            setValue(item.findElement(By.cssSelector("input[name=start]")), "16:00");
            item.findElement(By.cssSelector("button[type=submit]")).click();
        }
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card[data-session='" + session + "']")));
        return session;
    }

    /**
     * First a move onto a busy room, to see the conflict warning (then cancelled); then the real move, done with
     * the keyboard alone: Tab to the card's "move" control, open it, choose the room and time, submit.
     */
    void moveWithTheKeyboard(String session, String day, String room, String time) {
        open("/dashboard?day=" + day);
        WebElement card = card(session);
        card.findElement(By.tagName("summary")).click();
        new Select(card.findElement(By.cssSelector("select[name=roomId]"))).selectByVisibleText("Salle Elinor Ostrom");
        setValue(card.findElement(By.cssSelector("input[name=start]")), "09:30");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement warning = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("move-warning")));
        assertThat(warning.getText()).isNotBlank();
        pages.check(browser, lang + ": dashboard, conflict warning");
        open("/dashboard?day=" + day);

        WebElement summary = card(session).findElement(By.tagName("summary"));
        tabTo(summary);
        keys(Keys.ENTER);
        keys(Keys.TAB);
        WebElement select = browser.switchTo().activeElement();
        assertThat(select.getAttribute("name")).isEqualTo("roomId");
        keys(room);
        assertThat(new Select(select).getFirstSelectedOption().getText()).isEqualTo(room);
        keys(Keys.TAB);
        WebElement start = browser.switchTo().activeElement();
        assertThat(start.getAttribute("name")).isEqualTo("start");
        keys(time.replace(":", ""));
        assertThat(start.getAttribute("value")).isEqualTo(time);
        // Tab walks through the time field's parts (and its AM/PM in a 12-hour locale), then to the button
        for (int i = 0; i < 4 && !"submit".equals(browser.switchTo().activeElement().getAttribute("type")); i++) {
            keys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
        keys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("done=moved"));
        pages.check(browser, lang + ": dashboard after a move");
    }

    /** Publishes after reading the preview: one attendee holds a seat in what changes. */
    void publish() {
        WebElement digest = browser.findElement(By.id("digest"));
        assertThat(digest.getAttribute("data-recipients")).isEqualTo("1");
        browser.findElement(By.cssSelector("[data-action=publish]")).click();
        waitFor(ExpectedConditions.urlContains("done=published-"));
        pages.check(browser, lang + ": dashboard, published");
    }

    void findAndCheckIn(String email, String registrationId) {
        open("/admin/registrations?q=nobody-" + System.nanoTime());
        pages.check(browser, lang + ": registrations, empty list");
        open("/admin/registrations?q=" + email);
        pages.check(browser, lang + ": registrations, found");
        browser.findElement(By.cssSelector("a[href*='/admin/registrations/" + registrationId + "']")).click();
        waitFor(ExpectedConditions.urlContains("/admin/registrations/" + registrationId));
        pages.check(browser, lang + ": registration detail");
        browser.findElement(By.cssSelector("[data-action=check-in]")).click();
        waitFor(ExpectedConditions.urlContains("done="));
        assertThat(browser.findElements(By.cssSelector("[data-action=check-in]"))).isEmpty();
        pages.check(browser, lang + ": registration detail, checked in");
    }

    /** Downloads the CSV the list links to, with the browser's session, as a browser download would. */
    String downloadCsv(String sessionCookie) throws Exception {
        open("/admin/registrations");
        String href = browser.findElement(By.cssSelector("[data-action=download-csv]")).getAttribute("href");
        assertThat(href).startsWith(front);
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("csv"));
        return csv.body();
    }

    void mailLog(String email) {
        open("/admin/mail?email=" + email);
        pages.check(browser, lang + ": mail log");
        assertThat(browser.getPageSource()).contains("SCHEDULE_CHANGED");
    }

    /** The console pages the journey has not passed through yet, each checked as it is. */
    void otherConsolePages() {
        for (String path : java.util.List.of("/admin/programme", "/admin/programme/tracks", "/admin/ticket-types",
                "/admin/vouchers", "/admin/questions", "/check-in")) {
            open(path);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            pages.check(browser, lang + ": console " + path);
        }
    }

    /** Each service's dead letters, reached from the console's navigation; none in a journey that went well. */
    void deadLetters() {
        browser.findElement(By.cssSelector(".console-nav a[href*='/admin/dead-letters/']")).click();
        waitFor(ExpectedConditions.urlContains("/admin/dead-letters/registration"));
        for (String service : java.util.List.of("registration", "agenda", "notification")) {
            open("/admin/dead-letters/" + service);
            assertThat(browser.findElements(By.cssSelector("[data-action=replay]"))).isEmpty();
            pages.check(browser, lang + ": dead letters, " + service);
        }
    }

    void signOut() {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("[data-action=sign-out]")).click();
        try {
            waitFor(ExpectedConditions.urlContains("signed-out"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("signing out from " + before + " led to " + browser.getCurrentUrl() + ": "
                    + browser.getPageSource(), e);
        }
        pages.check(browser, lang + ": signed out");
    }

    private WebElement card(String session) {
        return browser.findElement(By.cssSelector(".card[data-session='" + session + "']"));
    }

    private void tabTo(WebElement target) {
        browser.findElement(By.tagName("h1")).click();
        for (int i = 0; i < 300 && !target.equals(browser.switchTo().activeElement()); i++) {
            keys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).as("reached with Tab").isEqualTo(target);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void open(String path) {
        browser.get(front + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private void submit(String action) {
        WebElement form = browser.findElement(By.cssSelector("form[action$='" + action + "'][method=post]"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.stalenessOf(form));
    }

    private void submitEmpty(String action) {
        submit(action);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-invalid=true]")));
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
