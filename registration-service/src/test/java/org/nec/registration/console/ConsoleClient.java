package org.nec.registration.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nec.testing.TestAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Calls the service as the console's users do: the organiser over HTTP Basic (as the front door relays them), or
 * a browser signed in with the login form, which carries cookies and must send the CSRF token. Redirects are not
 * followed, so a test sees the POST-redirect-GET.
 */
public final class ConsoleClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;

    public ConsoleClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public RestClient anonymous() {
        return RestClient.builder().baseUrl(baseUrl).defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public RestClient organiser() {
        return anonymous().mutate()
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();
    }

    public ResponseEntity<String> page(String path) {
        return organiser().get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
    }

    /** A form sent by the organiser over HTTP Basic, which needs no CSRF token. */
    public ResponseEntity<String> post(String path, Map<String, String> fields) {
        return organiser().post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form(fields))
                .retrieve().toEntity(String.class);
    }

    public static MultiValueMap<String, String> form(Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        return form;
    }

    /** Duplicate ids break labels and the error summary's links. */
    public static void assertUniqueIds(String html) {
        List<String> ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
                .toList();
        assertThat(ids).as("ids of the page").doesNotHaveDuplicates();
    }

    public static String csrfTokenIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a _csrf field in the page").isTrue();
        return matcher.group(1);
    }

    /** A browser session signed in through the login form: cookies only, no Authorization header. */
    public Browser signIn() {
        Browser browser = new Browser();
        String login = browser.get("/login").getBody();
        var signedIn = browser.post("/login", Map.of("username", TestAccounts.ORGANISER,
                "password", TestAccounts.ORGANISER_PASSWORD, "_csrf", csrfTokenIn(login)));
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(signedIn.getHeaders().getLocation().getQuery()).isNull();
        return browser;
    }

    public final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        public ResponseEntity<String> get(String path) {
            return keep(anonymous().get().uri(path).accept(MediaType.TEXT_HTML)
                    .headers(this::addCookies).retrieve().toEntity(String.class));
        }

        public ResponseEntity<String> post(String path, Map<String, String> fields) {
            return keep(anonymous().post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .headers(this::addCookies).body(form(fields)).retrieve().toEntity(String.class));
        }

        private void addCookies(HttpHeaders headers) {
            if (!cookies.isEmpty()) {
                headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
        }

        private ResponseEntity<String> keep(ResponseEntity<String> response) {
            List<String> set = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }
}
