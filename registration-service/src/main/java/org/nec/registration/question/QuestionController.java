package org.nec.registration.question;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.tickettype.LocalizedText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuestionController {

    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    @GetMapping("/api/questions")
    List<Question> list() {
        return questions.all();
    }

    @PostMapping("/api/admin/questions")
    ResponseEntity<Question> create(@Valid @RequestBody QuestionRequest request) {
        List<FieldProblem> problems = request.optionProblems();
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        Question created = questions.create(request.toQuestion());
        return ResponseEntity.created(URI.create("/api/questions/" + created.id())).body(created);
    }

    @DeleteMapping("/api/admin/questions/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!questions.delete(id)) {
            throw Problems.notFound("No question " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    record QuestionRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}",
                                   message = "must be 1 to 40 lower-case letters, digits or -") String id,
                           @NotNull @Valid LocalizedText label, @NotNull QuestionKind kind,
                           @Size(max = 30) @Valid List<Question.Option> options, Boolean required,
                           @Min(0) @Max(1000) Integer position) {

        /** A choice question needs options, and only a choice question has them. */
        List<FieldProblem> optionProblems() {
            boolean choice = kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
            if (choice == (options == null || options.isEmpty())) {
                return List.of(new FieldProblem("options", choice
                        ? "a choice question needs options" : "only choice questions have options"));
            }
            return List.of();
        }

        Question toQuestion() {
            return new Question(id, label, kind, options == null ? List.of() : options, Boolean.TRUE.equals(required),
                    position == null ? 0 : position);
        }
    }
}
