package org.nec.registration.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class RegistrationPagesIT {

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @Test
    void theFormRefusesAPostWithoutItsCsrfToken() {
        var form = new LinkedMultiValueMap<String, String>();
        Map.of("firstName", "Élise", "lastName", "Dubois", "email", "csrf@example.org", "ticketType", "MEMBER",
                "privacyPolicy", "true").forEach(form::add);

        var response = http().post().uri("/").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toBodilessEntity();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        var page = http().get().uri("/").retrieve().toEntity(String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getBody()).doesNotContain("<script").doesNotContain("style=");
        var css = http().get().uri("/css/nec.css").retrieve().toEntity(String.class);
        assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(css.getHeaders().getContentType().toString()).startsWith("text/css");
    }

    @Test
    void theApiIsDescribedByOpenApiWithSwaggerUi() {
        var spec = http().get().uri("/v3/api-docs").retrieve().toEntity(String.class);
        var ui = http().get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);

        assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(spec.getBody()).contains("\"openapi\"", "/api/registrations", "/api/admin/ticket-types");
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thePrivacyPolicyShowsTheVersionAttendeesConsentTo() {
        var fr = http().get().uri("/privacy").retrieve().toEntity(String.class);
        var en = http().get().uri("/privacy?lang=en").retrieve().toEntity(String.class);

        assertThat(fr.getBody()).contains("Politique de confidentialité", "Version 2026-1", "90 jours");
        assertThat(en.getBody()).contains("Privacy policy", "Version 2026-1", "90 days");
    }

    @Test
    void aWrongTokenShowsTheSamePageAsAnUnknownRegistration() {
        var unknown = http().get().uri("/manage/00000000-0000-0000-0000-000000000000?token=x").retrieve()
                .toEntity(String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Page introuvable");
    }
}
