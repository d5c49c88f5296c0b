package org.nec.agenda.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Text;
import org.nec.agenda.room.Room;

class UnplacedConflictsTest {

    private static final Map<String, Room> ROOMS = Map.of("a", new Room("a", "Salle Condorcet", 10, null, null, null));

    @Test
    void anUnplacedRoundtableWithoutModeratorAndTooManySeatsRaisesNothing() {
        Session unplaced = new Session("u", 1, new Text("Table", "Table"), SessionType.ROUNDTABLE, null, null, null,
                List.of("p"), null, 500, false, null, null, false, 0L);
        Session placed = new Session("p", 2, new Text("Atelier", "Workshop"), SessionType.WORKSHOP, "a",
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), List.of("p"), null,
                null, false, null, null, false, 0L);

        assertThat(ConflictRules.check(List.of(unplaced, placed), ROOMS, Map.of(), null)).isEmpty();
    }

    @Test
    void aConflictCarriesWhatItsLocalisedMessageNames() {
        Session first = new Session("1", 1, new Text("Cartes", "Maps"), SessionType.WORKSHOP, "a",
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), List.of(), null,
                null, false, null, null, false, 0L);
        Session second = first.movedTo("a", Instant.parse("2026-12-03T09:30:00Z"));
        Session other = new Session("2", 2, new Text("Données", "Data"), second.type(), "a", second.start(),
                second.end(), List.of(), null, null, false, null, null, false, 0L);

        assertThat(ConflictRules.check(List.of(first, other), ROOMS, Map.of(), null)).singleElement()
                .satisfies(c -> assertThat(c.arguments()).containsExactly("Salle Condorcet",
                        new Text("Cartes", "Maps"), new Text("Données", "Data")));
    }
}
