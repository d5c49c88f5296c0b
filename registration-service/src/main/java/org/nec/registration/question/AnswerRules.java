package org.nec.registration.question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.nec.platform.web.FieldProblem;

/** Checks answers against the questions: no rule here needs Spring or a database. */
final class AnswerRules {

    static final int MAX_TEXT = 1000;

    private AnswerRules() {
    }

    static List<FieldProblem> check(List<Question> questions, Map<String, Object> answers) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(key))) {
                problems.add(new FieldProblem("answers." + key, "is not a question of this form"));
            }
        }
        for (Question question : questions) {
            Object answer = given.get(question.id());
            String field = "answers." + question.id();
            if (isBlank(answer)) {
                if (question.required()) {
                    problems.add(new FieldProblem(field, "is required"));
                }
                continue;
            }
            String problem = switch (question.kind()) {
                case TEXT -> answer instanceof String text
                        ? text.length() > MAX_TEXT ? "must be at most " + MAX_TEXT + " characters"
                        : text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                                && c != '\t') ? "must not contain control characters" : null
                        : "must be a text";
                case YES_NO -> answer instanceof Boolean ? null : "must be true or false";
                case SINGLE_CHOICE -> question.offers(answer) ? null : "must be one of the offered choices";
                case MULTIPLE_CHOICE -> answer instanceof Collection<?> chosen
                        && chosen.stream().allMatch(question::offers) ? null
                        : "must be a list of the offered choices";
            };
            if (problem != null) {
                problems.add(new FieldProblem(field, problem));
            }
        }
        return problems;
    }

    private static boolean isBlank(Object answer) {
        return answer == null || answer instanceof String s && s.isBlank()
                || answer instanceof Collection<?> c && c.isEmpty();
    }
}
