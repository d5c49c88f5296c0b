package org.nec.registration.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.registration.console.ConsoleClient;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The organiser's page of the form's extra questions: list, add with the API's checks, delete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class QuestionPagesIT {

    @LocalServerPort
    int port;

    private ConsoleClient console() {
        return new ConsoleClient(port);
    }

    private List<Map<String, Object>> questions() {
        return console().anonymous().get().uri("/api/questions").retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    private Map<String, Object> question(String labelEn) {
        return questions().stream().filter(q -> labelEn.equals(((Map<?, ?>) q.get("label")).get("en"))).findFirst()
                .orElse(null);
    }

    @Test
    void aChoiceQuestionIsAddedWithItsOptionsInBothLanguagesThenDeleted() {
        var created = console().post("/admin/questions", Map.of("kind", "MULTIPLE_CHOICE", "required", "true",
                "labelFr", "Quels ateliers vous intéressent ?", "labelEn", "Which workshops interest you?",
                "optionsFr", "Communs numériques\r\nIA responsable\r\n", "optionsEn", "Digital commons\nResponsible AI",
                "lang", "en"));
        Map<String, Object> stored = question("Which workshops interest you?");
        var page = console().page("/admin/questions");
        var form = console().anonymous().get().uri("/").retrieve().toEntity(String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(created.getHeaders().getLocation().getQuery()).isEqualTo("lang=en&done=created");
        assertThat(stored).containsEntry("kind", "MULTIPLE_CHOICE").containsEntry("required", true)
                .containsEntry("id", "which-workshops-interest-you");
        assertThat(stored.get("options")).isEqualTo(List.of(
                Map.of("value", "digital-commons", "label", Map.of("fr", "Communs numériques", "en", "Digital commons")),
                Map.of("value", "responsible-ai", "label", Map.of("fr", "IA responsable", "en", "Responsible AI"))));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(page.getBody());
        assertThat(page.getBody()).contains("data-question=\"which-workshops-interest-you\"",
                "Quels ateliers vous intéressent ?", "class=\"console-nav\"");
        assertThat(form.getBody()).contains("Quels ateliers vous intéressent ?");

        var deleted = console().post("/admin/questions/which-workshops-interest-you/delete", Map.of());

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(deleted.getHeaders().getLocation().getQuery()).isEqualTo("lang=fr&done=deleted");
        assertThat(question("Which workshops interest you?")).isNull();
    }

    @Test
    void aYesNoQuestionNeedsNoOptionsAndTheSameWordingGetsItsOwnId() {
        console().post("/admin/questions", Map.of("kind", "YES_NO", "labelFr", "Besoin d’un accès PMR ?",
                "labelEn", "Need step-free access?"));
        console().post("/admin/questions", Map.of("kind", "TEXT", "labelFr", "Accès", "labelEn",
                "Need step-free access?"));

        assertThat(questions()).filteredOn(q -> ((Map<?, ?>) q.get("label")).get("en")
                        .equals("Need step-free access?"))
                .extracting(q -> q.get("id"), q -> q.get("kind"), q -> q.get("required"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("need-step-free-access", "YES_NO", false),
                        org.assertj.core.groups.Tuple.tuple("need-step-free-access-2", "TEXT", false));
    }

    @Test
    void badQuestionsAreRefusedOnTheFormAndNothingIsStored() {
        int before = questions().size();

        var noKind = console().post("/admin/questions", Map.of("labelFr", "", "labelEn", "No kind"));
        var noOptions = console().post("/admin/questions", Map.of("kind", "SINGLE_CHOICE", "labelFr", "Taille",
                "labelEn", "Size"));
        var unevenOptions = console().post("/admin/questions", Map.of("kind", "SINGLE_CHOICE", "labelFr", "Taille",
                "labelEn", "Size", "optionsFr", "S\nM\nL", "optionsEn", "S\nM"));
        var textWithOptions = console().post("/admin/questions", Map.of("kind", "TEXT", "labelFr", "Remarque",
                "labelEn", "Remark", "optionsFr", "a", "optionsEn", "a"));
        var stranger = console().anonymous().post().uri("/admin/questions").accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(ConsoleClient.form(Map.of("kind", "TEXT", "labelFr", "x", "labelEn", "x")))
                .retrieve().toBodilessEntity();

        assertThat(noKind.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(noKind.getBody());
        assertThat(noKind.getBody()).contains("role=\"alert\"", "href=\"#kind\"", "href=\"#labelFr\"",
                "Choisissez le type de réponse", "value=\"No kind\"");
        assertThat(noOptions.getBody()).contains("href=\"#optionsFr\"", "au moins un choix");
        assertThat(unevenOptions.getBody()).contains("href=\"#optionsEn\"", "autant de choix en anglais");
        assertThat(textWithOptions.getBody()).contains("Seules les questions à choix ont des choix");
        assertThat(stranger.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.FOUND);
        assertThat(questions()).hasSize(before);
    }
}
