package org.nec.registration.attendees;

import static org.nec.registration.register.RegistrationLifecycle.CREATED_AT;
import static org.nec.registration.register.RegistrationLifecycle.EMAIL;
import static org.nec.registration.register.RegistrationLifecycle.FIRST_NAME;
import static org.nec.registration.register.RegistrationLifecycle.ID;
import static org.nec.registration.register.RegistrationLifecycle.LAST_NAME;
import static org.nec.registration.register.RegistrationLifecycle.ORGANISATION;
import static org.nec.registration.register.RegistrationLifecycle.STATUS;
import static org.nec.registration.register.RegistrationLifecycle.TICKET_TYPE;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationRepository;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The organiser's view of registrations: search, filters, waiting-list positions and counts. The search is a
 * query of its own (text in any of four fields, a page of it), hence the template.
 */
@Service
class RegistrationSearch {

    private final MongoTemplate mongo;
    private final RegistrationRepository registrations;
    private final TicketTypes ticketTypes;

    RegistrationSearch(MongoTemplate mongo, RegistrationRepository registrations, TicketTypes ticketTypes) {
        this.mongo = mongo;
        this.registrations = registrations;
        this.ticketTypes = ticketTypes;
    }

    List<OrganiserRow> find(RegistrationStatus status, String ticketType, String text) {
        return rows(query(status, ticketType, text));
    }

    /** One page (0-based) of the same search, for the console; a page past the end is empty. */
    ResultPage page(RegistrationStatus status, String ticketType, String text, int page, int size) {
        Query query = query(status, ticketType, text);
        long total = mongo.count(query, Registration.class);
        int number = Math.max(page, 0);
        List<OrganiserRow> rows = rows(query.skip((long) number * size).limit(size));
        return new ResultPage(rows, number, size, total);
    }

    private static Query query(RegistrationStatus status, String ticketType, String text) {
        Query query = new Query().with(Sort.by(CREATED_AT, ID));
        if (status != null) {
            query.addCriteria(where(STATUS).is(status));
        }
        if (ticketType != null && !ticketType.isBlank()) {
            query.addCriteria(where(TICKET_TYPE).is(ticketType));
        }
        if (text != null && !text.isBlank()) {
            String quoted = Pattern.quote(text.strip());
            query.addCriteria(new Criteria().orOperator(where(FIRST_NAME).regex(quoted, "i"),
                    where(LAST_NAME).regex(quoted, "i"), where(EMAIL).regex(quoted, "i"),
                    where(ORGANISATION).regex(quoted, "i")));
        }
        return query;
    }

    private List<OrganiserRow> rows(Query query) {
        Map<String, TicketType> types = ticketTypes.all().stream()
                .collect(Collectors.toMap(TicketType::code, Function.identity()));
        return mongo.find(query, Registration.class).stream()
                .map(r -> OrganiserRow.of(r, r.waitlistPosition(types.get(r.ticketType()))))
                .toList();
    }

    /** A page of rows, with what the console needs to link to the pages around it. */
    record ResultPage(List<OrganiserRow> rows, int number, int size, long total) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }

        public long first() {
            return rows.isEmpty() ? 0 : (long) number * size + 1;
        }

        public long last() {
            return (long) number * size + rows.size();
        }
    }

    /** Any registration, erased ones included: the organiser sees what remains of them. */
    Optional<Registration> byId(String id) {
        return registrations.findById(id);
    }

    /** Per ticket type, how many registrations are in each status (and how many checked in). */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Registration r : registrations.findAll()) {
            Map<String, Long> byStatus = counts.computeIfAbsent(r.ticketType(), t -> new TreeMap<>());
            byStatus.merge(r.status().name(), 1L, Long::sum);
            if (r.checkedInAt() != null) {
                byStatus.merge("CHECKED_IN", 1L, Long::sum);
            }
        }
        return counts;
    }
}
