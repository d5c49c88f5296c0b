package org.nec.agenda.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nec.agenda.edition.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session of the draft programme; {@code number} is its short public id (conference apps want integers).
 * Attendees see it once a release publishes it; cancelling marks it so the next release reports it cancelled. An
 * unplaced session (no room, start or end yet) waits in the dashboard's tray: it raises no conflicts and no release
 * publishes it. {@code version} counts the changes, so that a change is written only over the state it was made
 * from; sessions stored before it existed have none.
 */
@Document("sessions")
public record Session(@Id String id, int number, Text title, SessionType type, String roomId, Instant start,
                      Instant end, List<String> speakerIds, String moderatorId, Integer capacity,
                      boolean signupRequired, String trackId, Description description, boolean cancelled,
                      Long version) {

    static final String ID = "_id";
    static final String CANCELLED = "cancelled";
    static final String VERSION = "version";

    /** Everyone who must be in the room: speakers and moderator. */
    public Set<String> people() {
        Set<String> people = new LinkedHashSet<>(speakerIds == null ? List.of() : speakerIds);
        if (moderatorId != null) {
            people.add(moderatorId);
        }
        return people;
    }

    /** In a room, with a start and an end: what the grid shows and a release publishes. */
    public boolean placed() {
        return roomId != null && start != null && end != null;
    }

    /** How long the session lasts; null while it is unplaced. */
    public Duration length() {
        return start == null || end == null ? null : Duration.between(start, end);
    }

    /** The same session in another room and at another time, its length kept. */
    public Session movedTo(String otherRoomId, Instant otherStart) {
        return placedAt(otherRoomId, otherStart, length());
    }

    /** The session in a room from {@code otherStart} for {@code lasting}. */
    public Session placedAt(String otherRoomId, Instant otherStart, Duration lasting) {
        return new Session(id, number, title, type, otherRoomId, otherStart, otherStart.plus(lasting), speakerIds,
                moderatorId, capacity, signupRequired, trackId, description, cancelled, version);
    }

    /**
     * Overlapping in time; back-to-back sessions (one ends when the other starts) do not overlap, nor does an
     * unplaced session overlap anything.
     */
    public boolean overlaps(Session other) {
        return placed() && other.placed() && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
