package org.nec.registration.question;

import java.util.List;
import java.util.Map;

import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The organiser's extra questions, in the order the form shows them. */
@Service
public class Questions {

    private final MongoTemplate mongo;

    Questions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Question> all() {
        return mongo.find(new Query().with(Sort.by("position", "_id")), Question.class);
    }

    public List<FieldProblem> check(Map<String, Object> answers) {
        return AnswerRules.check(all(), answers);
    }

    Question create(Question question) {
        try {
            return mongo.insert(question);
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("Question " + question.id() + " exists already.");
        }
    }

    boolean delete(String id) {
        return mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)), Question.class)
                .getDeletedCount() > 0;
    }
}
