package org.nec.agenda.schedule;

import org.nec.events.agenda.SessionChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two releases, session by session. Pure. */
final class Changelog {

    private Changelog() {
    }

    static List<Release.Change> between(List<PublishedSession> before, List<PublishedSession> after) {
        Map<String, PublishedSession> previous = before.stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        Map<String, PublishedSession> next = after.stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        List<Release.Change> changes = new ArrayList<>();
        for (PublishedSession session : after) {
            PublishedSession was = previous.get(session.id());
            if (was == null) {
                changes.add(new Release.Change(session.id(), SessionChange.ADDED));
            } else if (session.movedFrom(was)) {
                changes.add(new Release.Change(session.id(), SessionChange.MOVED));
            } else if (!session.sameAs(was)) {
                changes.add(new Release.Change(session.id(), SessionChange.UPDATED));
            }
        }
        for (PublishedSession session : before) {
            if (!next.containsKey(session.id())) {
                changes.add(new Release.Change(session.id(), SessionChange.CANCELLED));
            }
        }
        return changes;
    }
}
