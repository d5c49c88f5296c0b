package org.nec.agenda.dashboard;

import org.nec.events.agenda.SessionChange;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nec.agenda.schedule.Release;

class PublishPreviewTest {

    private static final Map<String, Set<String>> SEATS = Map.of(
            "moved", Set.of("aicha", "marc"),
            "updated", Set.of("marc", "lea"),
            "cancelled", Set.of("sam"),
            "added", Set.of("zoe"));

    @Test
    void eachAttendeeOfAMovedUpdatedOrCancelledSessionGetsOneDigest() {
        int recipients = PublishPreview.digestRecipients(List.of(
                new Release.Change("moved", SessionChange.MOVED),
                new Release.Change("updated", SessionChange.UPDATED),
                new Release.Change("cancelled", SessionChange.CANCELLED),
                new Release.Change("added", SessionChange.ADDED)), id -> SEATS.getOrDefault(id, Set.of()));

        assertThat(recipients).as("aicha, marc, lea, sam; nobody for an added session").isEqualTo(4);
    }

    @Test
    void nothingPendingWritesToNobody() {
        assertThat(PublishPreview.digestRecipients(List.of(), id -> SEATS.get(id))).isZero();
    }
}
