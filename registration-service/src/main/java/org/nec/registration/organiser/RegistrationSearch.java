package org.nec.registration.organiser;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nec.registration.registration.Registration;
import org.nec.registration.registration.RegistrationStatus;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The organiser's view of registrations: search, filters, waiting-list positions and counts. */
@Service
class RegistrationSearch {

    private final MongoTemplate mongo;
    private final TicketTypes ticketTypes;

    RegistrationSearch(MongoTemplate mongo, TicketTypes ticketTypes) {
        this.mongo = mongo;
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
        Query query = new Query().with(Sort.by("createdAt", "_id"));
        if (status != null) {
            query.addCriteria(where("status").is(status));
        }
        if (ticketType != null && !ticketType.isBlank()) {
            query.addCriteria(where("ticketType").is(ticketType));
        }
        if (text != null && !text.isBlank()) {
            String quoted = Pattern.quote(text.strip());
            query.addCriteria(new Criteria().orOperator(where("firstName").regex(quoted, "i"),
                    where("lastName").regex(quoted, "i"), where("email").regex(quoted, "i"),
                    where("organisation").regex(quoted, "i")));
        }
        return query;
    }

    private List<OrganiserRow> rows(Query query) {
        Map<String, TicketType> types = ticketTypes.all().stream()
                .collect(Collectors.toMap(TicketType::code, Function.identity()));
        return mongo.find(query, Registration.class).stream()
                .map(r -> OrganiserRow.of(r, types.containsKey(r.ticketType())
                        ? types.get(r.ticketType()).positionOf(r.id()) : 0))
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
        return Optional.ofNullable(mongo.findById(id, Registration.class));
    }

    /** Per ticket type, how many registrations are in each status (and how many checked in). */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Registration r : mongo.findAll(Registration.class)) {
            Map<String, Long> byStatus = counts.computeIfAbsent(r.ticketType(), t -> new TreeMap<>());
            byStatus.merge(r.status().name(), 1L, Long::sum);
            if (r.checkedInAt() != null) {
                byStatus.merge("CHECKED_IN", 1L, Long::sum);
            }
        }
        return counts;
    }
}
