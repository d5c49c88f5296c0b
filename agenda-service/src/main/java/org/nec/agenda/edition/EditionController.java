package org.nec.agenda.edition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EditionController {

    private final MongoTemplate mongo;

    EditionController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PutMapping("/api/admin/edition")
    Edition put(@Valid @RequestBody EditionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        within("start", request.start(), problems);
        within("end", request.end(), problems);
        if (request.end().isBefore(request.start())) {
            problems.add(new FieldProblem("end", "must not be before start"));
        } else if (ChronoUnit.DAYS.between(request.start(), request.end()) >= Edition.MAX_DAYS) {
            problems.add(new FieldProblem("end", "must make the edition at most " + Edition.MAX_DAYS + " days long"));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "must be a time zone such as Europe/Paris"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return mongo.save(new Edition(Edition.CURRENT, request.name(), request.venue(), request.start(),
                request.end(), request.timeZone()));
    }

    private static void within(String field, LocalDate day, List<FieldProblem> problems) {
        if (day.isBefore(Edition.FIRST_DAY) || day.isAfter(Edition.LAST_DAY)) {
            problems.add(new FieldProblem(field, "must be between " + Edition.FIRST_DAY + " and " + Edition.LAST_DAY));
        }
    }

    @GetMapping("/api/edition")
    Edition get() {
        Edition edition = mongo.findById(Edition.CURRENT, Edition.class);
        if (edition == null) {
            throw Problems.notFound("The edition is not set up yet.");
        }
        return edition;
    }

    record EditionRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String venue,
                          @NotNull LocalDate start, @NotNull LocalDate end, @NotBlank String timeZone) {
    }
}
