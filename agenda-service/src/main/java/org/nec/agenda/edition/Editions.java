package org.nec.agenda.edition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nec.events.EditionZone;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** This year's edition, for the JSON API and the console pages alike. */
@Service
public class Editions {

    private final EditionRepository editions;

    Editions(EditionRepository editions) {
        this.editions = editions;
    }

    public Optional<Edition> current() {
        return editions.findById(Edition.CURRENT);
    }

    /** The time zone the edition's times are read in: its own, or the default while it is not set up. */
    public ZoneId zone() {
        return Edition.zoneOf(current().orElse(null));
    }

    /**
     * Sets up {@code edition} unless one already is: false then, and it is left as it was (of two instances
     * starting together, one sets it up).
     */
    public boolean setUpIfNone(Edition edition) {
        try {
            editions.insert(edition);
            return true;
        } catch (DuplicateKeyException alreadySetUp) {
            return false;
        }
    }

    /** Sets the edition: days between 2000 and 2100, at most {@link Edition#MAX_DAYS} of them, a known time zone. */
    public Edition put(EditionRequest request) {
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
            problems.add(new FieldProblem("timeZone", "must be a time zone such as " + EditionZone.DEFAULT_ID));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return editions.save(new Edition(Edition.CURRENT, request.name(), request.venue(), request.start(),
                request.end(), request.timeZone()));
    }

    private static void within(String field, LocalDate day, List<FieldProblem> problems) {
        if (day.isBefore(Edition.FIRST_DAY) || day.isAfter(Edition.LAST_DAY)) {
            problems.add(new FieldProblem(field, "must be between " + Edition.FIRST_DAY + " and " + Edition.LAST_DAY));
        }
    }

    public record EditionRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String venue,
                                 @NotNull LocalDate start, @NotNull LocalDate end, @NotBlank String timeZone) {
    }
}
