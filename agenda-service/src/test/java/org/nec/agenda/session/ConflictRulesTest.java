package org.nec.agenda.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Text;
import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;

class ConflictRulesTest {

    private static final Map<String, Room> ROOMS = Map.of("a", new Room("a", "Salle Condorcet", 100, null, null, null),
            "b", new Room("b", "Salle Hypatia", 30, null, null, null),
            "h", new Room("h", "Salle Gide", 30, null, "09:00", "18:00"),
            "o", new Room("o", "Salle Ostrom", 30, null, "09:00", null));
    private static final Map<String, Person> PEOPLE = Map.of("p", new Person("p", "Awa Diallo", null, null),
            "q", new Person("q", "Marc Petit", null, null));
    private static final Edition EDITION = new Edition(Edition.CURRENT, "NEC 2026", "Paris",
            LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), "Europe/Paris");

    private static Session session(String id, String room, String start, String end, List<String> speakers,
                                   String moderator, SessionType type, Integer capacity) {
        return new Session(id, 1, new Text("t", "t"), type, room, Instant.parse(start), Instant.parse(end), speakers,
                moderator, capacity, false, null, null, false, 0L);
    }

    private static Session talk(String id, String room, String start, String end, String... speakers) {
        return session(id, room, start, end, List.of(speakers), null, SessionType.WORKSHOP, null);
    }

    private static List<String> codes(Session... sessions) {
        return codes(EDITION, sessions);
    }

    private static List<String> codes(Edition edition, Session... sessions) {
        return ConflictRules.check(List.of(sessions), ROOMS, PEOPLE, edition).stream().map(Conflict::code).toList();
    }

    @Test
    void twoSessionsInOneRoomAtOnceDoubleBookIt() {
        var conflicts = ConflictRules.check(List.of(talk("1", "a", "2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z"),
                talk("2", "a", "2026-12-03T09:30:00Z", "2026-12-03T10:30:00Z")), ROOMS, PEOPLE, EDITION);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(Conflict.ROOM_DOUBLE_BOOKED);
            assertThat(c.sessionIds()).containsExactly("1", "2");
            assertThat(c.message()).contains("Salle Condorcet");
            assertThat(c.blocksPublishing()).isTrue();
        });
    }

    @Test
    void backToBackSessionsAreNoConflict() {
        assertThat(codes(talk("1", "a", "2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z", "p"),
                talk("2", "a", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z", "p"))).isEmpty();
    }

    @Test
    void aSpeakerInTwoRoomsAtOnceIsDoubleBooked() {
        assertThat(codes(talk("1", "a", "2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z", "p"),
                talk("2", "b", "2026-12-03T09:59:00Z", "2026-12-03T11:00:00Z", "p", "q")))
                .containsExactly(Conflict.PERSON_DOUBLE_BOOKED);
    }

    @Test
    void moderatingOneSessionWhileSpeakingInAnotherIsDoubleBooked() {
        Session roundtable = session("1", "a", "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z", List.of("q"), "p",
                SessionType.ROUNDTABLE, null);
        Session workshop = talk("2", "b", "2026-12-03T14:30:00Z", "2026-12-03T15:30:00Z", "p");

        assertThat(codes(roundtable, workshop)).containsExactly(Conflict.PERSON_DOUBLE_BOOKED);
    }

    @Test
    void aRoundtableNeedsAModerator() {
        assertThat(codes(session("1", "a", "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z", List.of("p", "q"), null,
                SessionType.ROUNDTABLE, null))).containsExactly(Conflict.ROUNDTABLE_WITHOUT_MODERATOR);
    }

    @Test
    void aSessionCannotTakeMorePeopleThanItsRoom() {
        assertThat(codes(session("1", "b", "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z", List.of(), null,
                SessionType.WORKSHOP, 31))).containsExactly(Conflict.CAPACITY_ABOVE_ROOM);
        assertThat(codes(session("1", "b", "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z", List.of(), null,
                SessionType.WORKSHOP, 30))).isEmpty();
    }

    @Test
    void sessionsMustFallWithinTheEditionsDaysInItsTimeZone() {
        // 3 December 00:00 in Paris is 2 December 23:00 UTC
        assertThat(codes(talk("1", "a", "2026-12-02T23:00:00Z", "2026-12-03T00:30:00Z"))).isEmpty();
        assertThat(codes(talk("1", "a", "2026-12-02T22:30:00Z", "2026-12-02T23:30:00Z")))
                .containsExactly(Conflict.OUTSIDE_EDITION);
        assertThat(codes(talk("1", "a", "2026-12-04T22:00:00Z", "2026-12-04T23:30:00Z")))
                .containsExactly(Conflict.OUTSIDE_EDITION);
    }

    // in December Paris is UTC+1: the Salle Gide is open 08:00Z–17:00Z

    @Test
    void aSessionMayStartWhenItsRoomOpensAndEndWhenItCloses() {
        assertThat(codes(talk("1", "h", "2026-12-03T08:00:00Z", "2026-12-03T17:00:00Z"))).isEmpty();
    }

    @Test
    void startingBeforeTheRoomOpensIsOutsideItsHoursButDoesNotBlockPublishing() {
        var conflicts = ConflictRules.check(List.of(talk("1", "h", "2026-12-03T07:59:00Z", "2026-12-03T09:00:00Z")),
                ROOMS, PEOPLE, EDITION);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(Conflict.OUTSIDE_ROOM_HOURS);
            assertThat(c.sessionIds()).containsExactly("1");
            assertThat(c.message()).isEqualTo("Salle Gide is open 09:00–18:00 but the session runs 08:59–10:00");
            assertThat(c.blocksPublishing()).isFalse();
        });
    }

    @Test
    void endingAfterTheRoomClosesIsOutsideItsHours() {
        assertThat(codes(talk("1", "h", "2026-12-03T16:00:00Z", "2026-12-03T17:01:00Z")))
                .containsExactly(Conflict.OUTSIDE_ROOM_HOURS);
    }

    @Test
    void aSessionRunningPastMidnightEndsAfterTheRoomClosed() {
        assertThat(codes(talk("1", "h", "2026-12-03T16:00:00Z", "2026-12-03T23:30:00Z")))
                .containsExactly(Conflict.OUTSIDE_ROOM_HOURS);
    }

    @Test
    void aRoomWithoutHoursIsAlwaysOpen() {
        assertThat(codes(talk("1", "a", "2026-12-03T05:00:00Z", "2026-12-03T22:30:00Z"))).isEmpty();
    }

    @Test
    void aRoomThatOnlyOpensStaysOpenUntilTheEndOfTheDay() {
        assertThat(codes(talk("1", "o", "2026-12-03T08:00:00Z", "2026-12-03T22:30:00Z"))).isEmpty();
        assertThat(codes(talk("1", "o", "2026-12-03T07:30:00Z", "2026-12-03T09:00:00Z")))
                .containsExactly(Conflict.OUTSIDE_ROOM_HOURS);
    }

    @Test
    void roomHoursAreReadInTheEditionsTimeZone() {
        Edition montreal = new Edition(Edition.CURRENT, "NEC Montréal", "Montréal", LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 4), "America/Montreal");
        Session morningInParis = talk("1", "h", "2026-12-03T08:30:00Z", "2026-12-03T09:30:00Z");
        Session morningInMontreal = talk("1", "h", "2026-12-03T14:30:00Z", "2026-12-03T15:30:00Z");

        assertThat(codes(EDITION, morningInParis)).isEmpty();
        assertThat(codes(montreal, morningInParis)).containsExactly(Conflict.OUTSIDE_ROOM_HOURS);
        assertThat(codes(montreal, morningInMontreal)).isEmpty();
    }

    @Test
    void cancelledSessionsConflictWithNothing() {
        Session cancelled = new Session("1", 1, new Text("t", "t"), SessionType.WORKSHOP, "a",
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), List.of("p"), null,
                null, false, null, null, true, 0L);

        assertThat(codes(cancelled, talk("2", "a", "2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z", "p"))).isEmpty();
    }
}
