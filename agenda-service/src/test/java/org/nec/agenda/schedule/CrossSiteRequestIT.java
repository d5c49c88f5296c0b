package org.nec.agenda.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organiser signed in with the form holds a session cookie; a page of another site that makes the browser
 * POST to the admin API carries that cookie but cannot know the CSRF token, so nothing is published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=cross-site-tests")
@EmbeddedInfrastructure
class CrossSiteRequestIT {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCrossSitePostRidingOnTheOrganisersCookieDoesNotPublish() throws Exception {
        String loginPage = send(HttpRequest.newBuilder(url("/login"))).body();
        var signedIn = send(HttpRequest.newBuilder(url("/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username="
                + TestAccounts.ORGANISER + "&password=" + TestAccounts.ORGANISER_PASSWORD + "&_csrf="
                + URLEncoder.encode(field(loginPage, "name=\"_csrf\"[^>]*?value=\"([^\"]+)\""), StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        var forged = send(HttpRequest.newBuilder(url("/api/admin/schedule/releases"))
                .header("Origin", "https://elsewhere.example").POST(HttpRequest.BodyPublishers.noBody()));
        var forgedPage = send(HttpRequest.newBuilder(url("/dashboard/publish")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("lang=fr")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forgedPage.statusCode()).isEqualTo(403);

        String dashboard = send(HttpRequest.newBuilder(url("/dashboard"))).body();
        var genuine = send(HttpRequest.newBuilder(url("/api/admin/schedule/releases"))
                .header(field(dashboard, "<meta name=\"_csrf_header\" content=\"([^\"]+)\""),
                        field(dashboard, "<meta name=\"_csrf\" content=\"([^\"]+)\""))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(201);
        assertThat(genuine.body()).as("the first release: the forged ones published nothing").contains("\"version\":1");
    }

    @Test
    void anAnonymousAdminCallIsToldToAuthenticate() throws Exception {
        var anonymous = send(HttpRequest.newBuilder(url("/api/admin/schedule/releases"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String field(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1).replace("&#45;", "-");
    }
}
