package org.nec.agenda.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Text;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.SessionType;
import org.springframework.web.ErrorResponseException;

class MoveTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static Session session(String room, String start, String end) {
        return new Session("s", 1, new Text("t", "t"), SessionType.WORKSHOP, room,
                start == null ? null : Instant.parse(start), end == null ? null : Instant.parse(end), List.of(),
                null, null, false, null, null, false, 0L);
    }

    @Test
    void aMovedSessionKeepsItsLength() {
        Session moved = new Move("b", DAY, "14:00", null)
                .applyTo(session("a", "2026-12-03T09:00:00Z", "2026-12-03T10:30:00Z"), PARIS);

        assertThat(moved.roomId()).isEqualTo("b");
        assertThat(moved.start()).isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
        assertThat(moved.end()).isEqualTo(Instant.parse("2026-12-03T14:30:00Z"));
    }

    @Test
    void anUnplacedSessionTakesTheDurationOrAnHour() {
        Session unplaced = session(null, null, null);

        assertThat(new Move("a", DAY, "10:00", 45).applyTo(unplaced, PARIS).end())
                .isEqualTo(Instant.parse("2026-12-03T09:45:00Z"));
        assertThat(new Move("a", DAY, "10:00", null).applyTo(unplaced, PARIS).end())
                .isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void aMissingRoomAMalformedTimeAndAnAbsurdDurationAreRefusedFieldByField() {
        assertThatThrownBy(() -> new Move(null, DAY, "10h", 0).applyTo(session(null, null, null), PARIS))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getProperties().get("errors").toString())
                            .contains("field=roomId", "field=start", "field=duration");
                });
    }
}
