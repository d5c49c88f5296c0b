package org.nec.registration.question;

import java.util.List;
import java.util.Map;

import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The organiser's extra questions, in the order the form shows them. */
@Service
public class Questions {

    private static final Sort FORM_ORDER = Sort.by("position", "id");

    private final QuestionRepository repository;

    Questions(QuestionRepository repository) {
        this.repository = repository;
    }

    public List<Question> all() {
        return repository.findAll(FORM_ORDER);
    }

    public List<FieldProblem> check(Map<String, Object> answers) {
        return AnswerRules.check(all(), answers);
    }

    Question create(Question question) {
        try {
            return repository.insert(question);
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("Question " + question.id() + " exists already.");
        }
    }

    boolean delete(String id) {
        return repository.deleteQuestionById(id) > 0;
    }
}
