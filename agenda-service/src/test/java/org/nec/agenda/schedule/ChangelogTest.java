package org.nec.agenda.schedule;

import org.nec.events.agenda.SessionChange;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Text;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.track.Track;

class ChangelogTest {

    private static PublishedSession session(String id, String room, String start, String title) {
        return session(id, room, start, title, null, null);
    }

    private static PublishedSession session(String id, String room, String start, String title, Track track,
                                            Description description) {
        Instant from = Instant.parse(start);
        return new PublishedSession(id, 1, new Text(title, title), SessionType.WORKSHOP, room, "Salle " + room, from,
                from.plusSeconds(3600), List.of("p"), List.of("Awa"), null, null, 30, false, track, description);
    }

    @Test
    void eachSessionGetsTheOneChangeThatDescribesIt() {
        var before = List.of(session("same", "a", "2026-12-03T09:00:00Z", "Communs"),
                session("moved", "a", "2026-12-03T10:00:00Z", "IA"),
                session("otherRoom", "a", "2026-12-03T11:00:00Z", "Coop"),
                session("renamed", "b", "2026-12-03T09:00:00Z", "Old"),
                session("gone", "b", "2026-12-03T10:00:00Z", "Gone"));
        var after = List.of(session("same", "a", "2026-12-03T09:00:00Z", "Communs"),
                session("moved", "a", "2026-12-03T15:00:00Z", "IA"),
                session("otherRoom", "b", "2026-12-03T11:00:00Z", "Coop"),
                session("renamed", "b", "2026-12-03T09:00:00Z", "New"),
                session("new", "c", "2026-12-03T09:00:00Z", "New one"));

        assertThat(Changelog.between(before, after)).containsExactly(
                new Release.Change("moved", SessionChange.MOVED),
                new Release.Change("otherRoom", SessionChange.MOVED),
                new Release.Change("renamed", SessionChange.UPDATED),
                new Release.Change("new", SessionChange.ADDED),
                new Release.Change("gone", SessionChange.CANCELLED));
    }

    @Test
    void joiningAnotherTrackOrRenamingItUpdatesTheSession() {
        Track commons = new Track("t1", new Text("Communs", "Commons"), null);
        Track renamed = new Track("t1", new Text("Communs numériques", "Digital commons"), null);
        Track ai = new Track("t2", new Text("IA", "AI"), null);
        var before = List.of(session("joins", "a", "2026-12-03T09:00:00Z", "X", null, null),
                session("switches", "b", "2026-12-03T09:00:00Z", "Y", commons, null),
                session("renamed", "c", "2026-12-03T09:00:00Z", "Z", commons, null),
                session("same", "d", "2026-12-03T09:00:00Z", "W", ai, null));
        var after = List.of(session("joins", "a", "2026-12-03T09:00:00Z", "X", ai, null),
                session("switches", "b", "2026-12-03T09:00:00Z", "Y", ai, null),
                session("renamed", "c", "2026-12-03T09:00:00Z", "Z", renamed, null),
                session("same", "d", "2026-12-03T09:00:00Z", "W", ai, null));

        assertThat(Changelog.between(before, after)).containsExactly(
                new Release.Change("joins", SessionChange.UPDATED),
                new Release.Change("switches", SessionChange.UPDATED),
                new Release.Change("renamed", SessionChange.UPDATED));
    }

    @Test
    void describingASessionOrRewritingItsDescriptionUpdatesIt() {
        Description first = new Description("Un atelier", "A workshop");
        var before = List.of(session("described", "a", "2026-12-03T09:00:00Z", "X", null, null),
                session("rewritten", "b", "2026-12-03T09:00:00Z", "Y", null, first),
                session("same", "c", "2026-12-03T09:00:00Z", "Z", null, first));
        var after = List.of(session("described", "a", "2026-12-03T09:00:00Z", "X", null, first),
                session("rewritten", "b", "2026-12-03T09:00:00Z", "Y", null, new Description("Un atelier",
                        "A hands-on workshop")),
                session("same", "c", "2026-12-03T09:00:00Z", "Z", null, new Description("Un atelier", "A workshop")));

        assertThat(Changelog.between(before, after)).containsExactly(
                new Release.Change("described", SessionChange.UPDATED),
                new Release.Change("rewritten", SessionChange.UPDATED));
    }

    @Test
    void theFirstReleaseAddsEverything() {
        assertThat(Changelog.between(List.of(), List.of(session("x", "a", "2026-12-03T09:00:00Z", "X"))))
                .containsExactly(new Release.Change("x", SessionChange.ADDED));
    }
}
