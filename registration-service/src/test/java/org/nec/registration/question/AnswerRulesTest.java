package org.nec.registration.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.platform.web.FieldProblem;
import org.nec.registration.tickettype.LocalizedText;

class AnswerRulesTest {

    private static final LocalizedText LABEL = new LocalizedText("Question", "Question");
    private static final Question DIET = new Question("diet", LABEL, QuestionKind.SINGLE_CHOICE,
            List.of(new Question.Option("vegan", LABEL), new Question.Option("none", LABEL)), true, 1);
    private static final Question TOPICS = new Question("topics", LABEL, QuestionKind.MULTIPLE_CHOICE,
            List.of(new Question.Option("ai", LABEL), new Question.Option("commons", LABEL)), false, 2);
    private static final Question PHOTOS = new Question("photos", LABEL, QuestionKind.YES_NO, List.of(), true, 3);
    private static final Question ACCESS = new Question("access", LABEL, QuestionKind.TEXT, List.of(), false, 4);
    private static final List<Question> FORM = List.of(DIET, TOPICS, PHOTOS, ACCESS);

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void completeAnswersPass() {
        assertThat(AnswerRules.check(FORM, Map.of("diet", "vegan", "topics", List.of("ai", "commons"),
                "photos", false, "access", "Fauteuil roulant\nmerci"))).isEmpty();
    }

    @Test
    void requiredQuestionsMustBeAnsweredOthersMayBeLeftOut() {
        assertThat(fields(AnswerRules.check(FORM, Map.of("access", "")))).containsExactly("answers.diet",
                "answers.photos");
    }

    @Test
    void choicesMustBeOffered() {
        assertThat(fields(AnswerRules.check(FORM, Map.of("diet", "meat", "photos", true,
                "topics", List.of("ai", "crypto"))))).containsExactly("answers.diet", "answers.topics");
    }

    @Test
    void typesAreChecked() {
        assertThat(AnswerRules.check(FORM, Map.of("diet", "vegan", "photos", "yes", "access", 12)))
                .extracting(FieldProblem::message).containsExactly("must be true or false", "must be a text");
    }

    @Test
    void unknownQuestionsAndOverlongOrControlTextAreRefused() {
        assertThat(fields(AnswerRules.check(FORM, Map.of("diet", "none", "photos", true, "shoe-size", "42"))))
                .containsExactly("answers.shoe-size");
        assertThat(fields(AnswerRules.check(FORM, Map.of("diet", "none", "photos", true,
                "access", "x".repeat(1001))))).containsExactly("answers.access");
        assertThat(fields(AnswerRules.check(FORM, Map.of("diet", "none", "photos", true,
                "access", "bell\u0007")))).containsExactly("answers.access");
    }
}
