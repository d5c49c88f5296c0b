package org.nec.registration.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nec.registration.page.PageErrors;
import org.nec.registration.tickettype.LocalizedText;

class QuestionFormTest {

    @Test
    void idsAndOptionCodesAreMadeFromTheEnglishWordingAndKeptUnique() {
        var existing = List.of(new Question("dietary-needs", new LocalizedText("a", "b"), QuestionKind.TEXT, List.of(),
                false, 4));
        var form = new QuestionForm("SINGLE_CHOICE", true, "Besoins alimentaires", "Dietary needs",
                "Végétarien\n\nVégétalien\r\nVégétarien strict", "Vegetarian\nVegan\nVegetarian!");
        PageErrors errors = new PageErrors();

        var request = form.toRequest(existing, errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(request.id()).isEqualTo("dietary-needs-2");
        assertThat(request.position()).isEqualTo(5);
        assertThat(request.options()).extracting(Question.Option::value)
                .containsExactly("vegetarian", "vegan", "vegetarian-2");
        assertThat(request.optionProblems()).isEmpty();
    }

    @Test
    void slugsKeepToWhatTheApiAccepts() {
        assertThat(QuestionForm.slug("Êtes-vous déjà venu·e ?", "q")).isEqualTo("etes-vous-deja-venu-e");
        assertThat(QuestionForm.slug("???", "question")).isEqualTo("question");
        assertThat(QuestionForm.slug("a".repeat(80), "q")).hasSize(36).matches("[a-z0-9-]{1,40}");
    }

    @Test
    void frenchAndEnglishChoicesMustPairUp() {
        PageErrors errors = new PageErrors();

        new QuestionForm("SINGLE_CHOICE", false, "Taille", "Size", "S\nM", "S").toRequest(List.of(), errors);

        assertThat(errors.byField()).containsEntry("optionsEn", "console.error.question.options.count");
    }
}
