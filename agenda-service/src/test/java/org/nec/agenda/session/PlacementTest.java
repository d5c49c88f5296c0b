package org.nec.agenda.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Text;
import org.nec.platform.web.FieldProblem;

class PlacementTest {

    private static final Instant TEN = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aSessionWithoutRoomNorTimesIsAnUnplacedDraft() {
        assertThat(Placement.problems(null, null, null)).isEmpty();
    }

    @Test
    void aWholePlacementIsFine() {
        assertThat(Placement.problems("room", TEN, ELEVEN)).isEmpty();
    }

    @Test
    void aStartWithoutEndNamesEachMissingPart() {
        assertThat(Placement.problems(null, TEN, null)).extracting(FieldProblem::field)
                .containsExactly("roomId", "end");
    }

    @Test
    void aRoomAloneIsHalfAPlacement() {
        assertThat(Placement.problems("room", null, null)).extracting(FieldProblem::field)
                .containsExactly("start", "end");
    }

    @Test
    void anUnplacedSessionOverlapsNothingAndHasNoLength() {
        Session unplaced = new Session("u", 1, new Text("t", "t"), SessionType.WORKSHOP, null, null, null,
                java.util.List.of(), null, null, false, null, null, false, 0L);
        Session placed = unplaced.placedAt("room", TEN, java.time.Duration.ofMinutes(90));

        assertThat(unplaced.placed()).isFalse();
        assertThat(unplaced.length()).isNull();
        assertThat(unplaced.overlaps(placed)).isFalse();
        assertThat(placed.overlaps(unplaced)).isFalse();
        assertThat(placed.end()).isEqualTo(Instant.parse("2026-12-03T10:30:00Z"));
    }
}
