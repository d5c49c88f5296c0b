package org.nec.agenda.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.nec.agenda.edition.Text;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.signup.Signups;
import org.nec.events.agenda.SessionChange;
import org.springframework.stereotype.Component;

/**
 * What publishing now would do: each change with the session's title, and how many attendees would get a change
 * digest (one per attendee per release, for the sessions they hold a seat or a place in line in that moved,
 * changed or were cancelled; an added session concerns nobody yet).
 */
@Component
class PublishPreview {

    private static final Set<SessionChange> DIGESTED = Set.of(SessionChange.MOVED, SessionChange.UPDATED,
            SessionChange.CANCELLED);

    private final Releases releases;
    private final Sessions sessions;
    private final Signups signups;

    PublishPreview(Releases releases, Sessions sessions, Signups signups) {
        this.releases = releases;
        this.sessions = sessions;
        this.signups = signups;
    }

    record Item(String sessionId, Text title, SessionChange change) {
    }

    record Pending(List<Item> changes, int digestRecipients) {
    }

    Pending pending() {
        List<Release.Change> changes = releases.pendingChanges();
        Map<String, Text> titles = new HashMap<>();
        releases.latest().map(Release::sessions).orElse(List.of())
                .forEach(s -> titles.put(s.id(), s.title()));
        sessions.all().forEach(s -> titles.put(s.id(), s.title()));
        List<Item> items = changes.stream()
                .map(c -> new Item(c.sessionId(), titles.get(c.sessionId()), c.change())).toList();
        return new Pending(items, digestRecipients(changes, signups::seatedOrWaiting));
    }

    /** Distinct attendees seated or waiting in a session the changes move, update or cancel. */
    static int digestRecipients(List<Release.Change> changes,
                                Function<String, ? extends Collection<String>> seatedOrWaiting) {
        Set<String> recipients = new HashSet<>();
        changes.stream().filter(c -> DIGESTED.contains(c.change()))
                .forEach(c -> recipients.addAll(seatedOrWaiting.apply(c.sessionId())));
        return recipients.size();
    }
}
