package org.nec.agenda.signup;

import java.util.Map;

import org.nec.agenda.schedule.PublishedSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A sign-up refused because the attendee already holds a session at that time (a seat or a place in line). It
 * names that session, so the attendee knows which one to give up: the API in its problem details, the attendee's
 * page in plain words.
 */
public class Overlap extends ErrorResponseException {

    private final transient PublishedSession held;

    Overlap(PublishedSession held) {
        super(HttpStatus.CONFLICT, problem(held), null);
        this.held = held;
    }

    /** The session the attendee already holds at that time. */
    public PublishedSession held() {
        return held;
    }

    private static ProblemDetail problem(PublishedSession held) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "You already hold a session at that time: " + held.title().fr() + " / " + held.title().en() + ".");
        problem.setTitle("Conflict");
        problem.setProperty("overlaps", Map.of("sessionId", held.id(), "title", held.title()));
        return problem;
    }
}
