package org.nec.registration.question;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The organiser's questions, stored as they are: created, listed, deleted. */
interface QuestionRepository extends MongoRepository<Question, String> {

    /** @return how many were deleted: 1, or 0 when there was no such question */
    long deleteQuestionById(String id);
}
