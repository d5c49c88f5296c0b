package org.nec.agenda.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.track.Track;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SessionChanged;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishing the draft: version N+1 with its changelog against N, written in one document together with the
 * events that announce it, once per release. Refused while a room or a person is double-booked; the sessions
 * checked are the sessions published (one reading of the draft), whatever changes meanwhile.
 */
@Service
public class Releases {

    private final MongoTemplate mongo;
    private final Sessions sessions;
    private final Schedule schedule;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Releases(MongoTemplate mongo, Sessions sessions, Schedule schedule, OutboxRelay relay, Clock clock,
             ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.mongo = mongo;
        this.sessions = sessions;
        this.schedule = schedule;
        this.relay = relay;
        this.clock = clock;
    }

    public Optional<Release> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                Release.class));
    }

    public Release publish() {
        List<Session> read = sessions.all();
        List<Conflict> blocking = schedule.conflicts(read).stream().filter(Conflict::blocksPublishing).toList();
        if (!blocking.isEmpty()) {
            var problem = Problems.conflict("The programme cannot be published while a room or a person is "
                    + "double-booked.");
            problem.getBody().setProperty("conflicts", blocking);
            throw problem;
        }
        List<PublishedSession> published = draft(read);
        Optional<Release> previous = latest();
        List<PublishedSession> before = previous.map(Release::sessions).orElse(List.of());
        List<Release.Change> changes = Changelog.between(before, published);
        int version = previous.map(Release::version).orElse(0) + 1;
        Instant now = clock.instant();
        Edition edition = schedule.edition();
        List<OutboxMessage> events = new ArrayList<>();
        events.add(OutboxMessage.of(Topics.AGENDA, new SchedulePublished(version, now,
                edition == null ? null : edition.name(), edition == null ? null : edition.timeZone(),
                edition == null ? null : edition.start().atStartOfDay(edition.zone()).toInstant(),
                published.size(), changes.size(),
                edition == null ? null : edition.end().plusDays(1).atStartOfDay(edition.zone()).toInstant(),
                edition == null ? null : edition.venue()), now));
        Map<String, PublishedSession> all = new java.util.HashMap<>();
        before.forEach(s -> all.put(s.id(), s));
        published.forEach(s -> all.put(s.id(), s));
        for (Release.Change change : changes) {
            PublishedSession s = all.get(change.sessionId());
            events.add(OutboxMessage.of(Topics.AGENDA, new SessionChanged(s.id(), version, change.change(),
                    s.title().fr(), s.title().en(), s.type().name(), s.roomName(), s.start(), s.end(), s.speakers(),
                    s.capacity()), now));
        }
        try {
            Release release = mongo.insert(new Release(version, now, published, changes, events));
            relay.wake();
            publisher.publishEvent(release);
            return release;
        } catch (DuplicateKeyException concurrent) {
            throw Problems.conflict("Another release was published at the same moment. Check it and publish again.");
        }
    }

    /** The draft programme as the next release would publish it. */
    public List<PublishedSession> draft() {
        return draft(sessions.all());
    }

    /** Unplaced sessions are skipped (not cancelled): they are published once placed. */
    private List<PublishedSession> draft(List<Session> read) {
        Map<String, Room> rooms = schedule.rooms();
        Map<String, Person> people = schedule.people();
        Map<String, Track> tracks = schedule.tracks();
        return read.stream().filter(s -> !s.cancelled() && s.placed())
                .sorted(Comparator.comparing(Session::start).thenComparing(Session::id))
                .map(s -> snapshot(s, rooms, people, tracks)).toList();
    }

    /** What publishing now would announce. */
    public List<Release.Change> pendingChanges() {
        return Changelog.between(latest().map(Release::sessions).orElse(List.of()), draft());
    }

    private static PublishedSession snapshot(Session s, Map<String, Room> rooms, Map<String, Person> people,
                                             Map<String, Track> tracks) {
        Room room = rooms.get(s.roomId());
        Function<String, String> name = id -> people.containsKey(id) ? people.get(id).name() : id;
        return new PublishedSession(s.id(), s.number(), s.title(), s.type(), s.roomId(), room == null ? null : room.name(),
                s.start(), s.end(), s.speakerIds(), s.speakerIds().stream().map(name).toList(), s.moderatorId(),
                s.moderatorId() == null ? null : name.apply(s.moderatorId()),
                s.capacity() != null ? s.capacity() : room == null ? 0 : room.capacity(), s.signupRequired(),
                s.trackId() == null ? null : tracks.get(s.trackId()), s.description());
    }
}
