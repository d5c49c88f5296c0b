package org.nec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontDoorIT {

    static final String PASSWORD = "front-door-secret-42";
    static final EchoService REGISTRATION = new EchoService("registration");
    static final EchoService AGENDA = new EchoService("agenda");
    static final EchoService NOTIFICATION = new EchoService("notification");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("nec.services.registration", REGISTRATION::url);
        registry.add("nec.services.agenda", AGENDA::url);
        registry.add("nec.services.notification", NOTIFICATION::url);
        registry.add("nec.organiser.password", () -> PASSWORD);
    }

    @AfterAll
    static void stop() {
        REGISTRATION.close();
        AGENDA.close();
        NOTIFICATION.close();
    }

    @LocalServerPort
    int port;

    /** A browser: keeps its cookies, does not follow redirects. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void eachPathReachesTheServiceThatOwnsIt() throws Exception {
        assertThat(get("/").body()).isEqualTo("registration");
        assertThat(get("/manage/r1?token=t").body()).isEqualTo("registration");
        assertThat(get("/api/registrations/r1").body()).isEqualTo("registration");
        assertThat(get("/api/registrations/r1/agenda").body()).isEqualTo("agenda");
        assertThat(get("/my-programme/r1?token=t").body()).isEqualTo("agenda");
        assertThat(get("/programme").body()).isEqualTo("agenda");
        assertThat(get("/schedule.json").body()).isEqualTo("agenda");
        assertThat(get("/unsubscribe/r1/sig").body()).isEqualTo("notification");
        assertThat(get("/api/admin/notifications?email=a@b.org").body()).isEqualTo("notification");
        assertThat(AGENDA.last().path()).isEqualTo("/schedule.json");
        assertThat(AGENDA.last().header("X-Forwarded-Port")).isEqualTo(String.valueOf(port));
    }

    @Test
    void consolePagesSendPeopleToTheSignInFormAndAdminCallsPassWithoutCredentials() throws Exception {
        var dashboard = get("/dashboard");
        var mail = get("/admin/mail");
        var api = get("/api/admin/registrations");

        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(mail.statusCode()).isEqualTo(302);
        // the service itself answers 401 to an admin call that carries no credentials
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(REGISTRATION.last().header("Authorization")).isNull();
    }

    @Test
    void theSignedInOrganiserReachesEveryConsolePageWithoutThePasswordInACookieAndSignsOut() throws Exception {
        var signIn = signIn(PASSWORD);
        String sessionCookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("NEC_SESSION=")).findFirst().orElseThrow();

        var dashboard = get("/dashboard");
        var registrations = get("/admin/registrations");
        var mail = get("/admin/mail");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain(PASSWORD);
        assertThat(dashboard.body()).isEqualTo("agenda");
        assertThat(registrations.body()).isEqualTo("registration");
        assertThat(mail.body()).isEqualTo("notification");
        assertThat(AGENDA.last().header("Authorization")).isEqualTo(basic("organiser", PASSWORD));
        assertThat(String.valueOf(AGENDA.last().header("Cookie"))).doesNotContain("NEC_SESSION");

        var signOut = post("/logout", "_csrf=" + maskedToken());
        var signedOutPage = get("/admin?signed-out");
        var after = get("/dashboard");

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin?signed-out"));
        assertThat(signedOutPage.statusCode()).isEqualTo(200);
        assertThat(after.statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        var signIn = signIn("not-the-password");
        var errorPage = get("/admin?error&lang=en");

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin?error"));
        assertThat(errorPage.statusCode()).isEqualTo(200);
        assertThat(errorPage.body()).contains("Wrong username or password.");
        assertThat(get("/dashboard").statusCode()).isEqualTo(302);
    }

    @Test
    void aStateChangeRidingOnTheSessionNeedsTheCsrfTokenAdminApiIncluded() throws Exception {
        signIn(PASSWORD);
        int before = AGENDA.received.size();

        var forged = post("/api/admin/schedule/releases", "");
        var forgedPage = post("/dashboard/publish", "lang=fr");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forgedPage.statusCode()).isEqualTo(403);
        assertThat(AGENDA.received.size()).isEqualTo(before);

        var genuine = browser.send(HttpRequest.newBuilder(url("/api/admin/schedule/releases"))
                .header("X-XSRF-TOKEN", maskedToken()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(AGENDA.last().path()).isEqualTo("/api/admin/schedule/releases");
    }

    @Test
    void apiClientsWithTheirOwnCredentialsNeedNoToken() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/admin/sessions"))
                .header("Authorization", basic("organiser", "whatever-the-service-checks"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(AGENDA.last().header("Authorization")).isEqualTo(basic("organiser", "whatever-the-service-checks"));
    }

    private HttpResponse<String> signIn(String password) throws Exception {
        String page = get("/admin").body();
        return post("/admin", "username=organiser&password=" + password + "&_csrf=" + csrf(page, "/admin"));
    }

    /**
     * The token as a page rendered by a service carries it: the value of the shared {@code XSRF-TOKEN} cookie
     * (set here as a service would set it when there is none yet), masked with random bytes as Spring Security
     * masks it.
     */
    private String maskedToken() {
        var store = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore();
        var cookie = store.getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .orElseGet(() -> {
                    var fresh = new java.net.HttpCookie("XSRF-TOKEN", java.util.UUID.randomUUID().toString());
                    fresh.setPath("/");
                    fresh.setVersion(0);
                    store.add(url("/"), fresh);
                    return fresh;
                });
        byte[] token = cookie.getValue().getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[token.length * 2];
        new java.security.SecureRandom().nextBytes(masked);
        for (int i = 0; i < token.length; i++) {
            masked[token.length + i] = (byte) (masked[i] ^ token[i]);
        }
        return Base64.getUrlEncoder().encodeToString(masked);
    }

    private static String csrf(String page, String action) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF field in the form of " + action).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
