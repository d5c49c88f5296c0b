package org.nec.registration.attendees;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nec.registration.question.Question;
import org.nec.registration.question.QuestionKind;

/**
 * One answer as the organiser reads it: the question's label and the chosen options' labels rather than their
 * codes. {@code yes} is set for a yes/no question, so the page can word it in its language.
 */
public record AnswerLine(String question, String text, Boolean yes) {

    static List<AnswerLine> of(Map<String, Object> answers, List<Question> questions, String lang) {
        List<AnswerLine> lines = new ArrayList<>();
        if (answers == null) {
            return lines;
        }
        for (Question question : questions) {
            Object answer = answers.get(question.id());
            if (answer != null) {
                lines.add(question.kind() == QuestionKind.YES_NO && answer instanceof Boolean yes
                        ? new AnswerLine(question.label().in(lang), null, yes)
                        : new AnswerLine(question.label().in(lang), text(question, answer, lang), null));
            }
        }
        // answers to a question deleted since: still the attendee's data, shown as stored
        answers.forEach((id, answer) -> {
            if (questions.stream().noneMatch(q -> q.id().equals(id))) {
                lines.add(new AnswerLine(id, String.valueOf(answer), null));
            }
        });
        return lines;
    }

    private static String text(Question question, Object answer, String lang) {
        if (answer instanceof Collection<?> chosen) {
            return String.join(", ", chosen.stream().map(value -> option(question, value, lang)).toList());
        }
        return option(question, answer, lang);
    }

    private static String option(Question question, Object value, String lang) {
        return question.options() == null ? Objects.toString(value) : question.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().in(lang)).orElse(Objects.toString(value));
    }
}
