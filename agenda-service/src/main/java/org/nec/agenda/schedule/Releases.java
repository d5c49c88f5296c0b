package org.nec.agenda.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.session.Conflict;
import org.nec.agenda.session.Conflicts;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.Sessions;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SessionChanged;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Publishing the draft: version N+1 with its changelog against N, written in one document together with the
 * events that announce it, once per release. Refused while a room or a person is double-booked; the sessions
 * checked are the sessions published (one reading of the draft), whatever changes meanwhile.
 */
@Service
public class Releases {

    private final ReleaseRepository releases;
    private final Sessions sessions;
    private final Conflicts conflicts;
    private final Draft draft;
    private final Editions editions;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Releases(ReleaseRepository releases, Sessions sessions, Conflicts conflicts, Draft draft, Editions editions,
             OutboxRelay relay, Clock clock, ApplicationEventPublisher publisher) {
        this.releases = releases;
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.draft = draft;
        this.editions = editions;
        this.relay = relay;
        this.clock = clock;
        this.publisher = publisher;
    }

    public Optional<Release> latest() {
        return releases.findFirstByOrderByVersionDesc();
    }

    public Release publish() {
        List<Session> read = sessions.all();
        List<Conflict> blocking = conflicts.among(read).stream().filter(Conflict::blocksPublishing).toList();
        if (!blocking.isEmpty()) {
            var problem = Problems.conflict("The programme cannot be published while a room or a person is "
                    + "double-booked.");
            problem.getBody().setProperty("conflicts", blocking);
            throw problem;
        }
        List<PublishedSession> published = draft.of(read);
        Optional<Release> previous = latest();
        List<PublishedSession> before = previous.map(Release::sessions).orElse(List.of());
        List<Release.Change> changes = Changelog.between(before, published);
        int version = previous.map(Release::version).orElse(0) + 1;
        Instant now = clock.instant();
        Edition edition = editions.current().orElse(null);
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
            Release release = releases.insert(new Release(version, now, published, changes, events));
            relay.wake();
            publisher.publishEvent(release);
            return release;
        } catch (DuplicateKeyException concurrent) {
            throw Problems.conflict("Another release was published at the same moment. Check it and publish again.");
        }
    }

    /** What publishing now would announce. */
    public List<Release.Change> pendingChanges() {
        return Changelog.between(latest().map(Release::sessions).orElse(List.of()), draft.of(sessions.all()));
    }
}
