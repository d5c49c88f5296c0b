package org.nec.agenda.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.nec.agenda.edition.Text;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.track.Track;

/** A session as a release published it, with the names attendees see (its track as it was then). */
public record PublishedSession(String id, int number, Text title, SessionType type, String roomId, String roomName,
                               Instant start, Instant end, List<String> speakerIds, List<String> speakers,
                               String moderatorId, String moderator, int capacity, boolean signupRequired,
                               Track track, Description description) {

    /** The names of everyone on stage: the speakers, then the moderator. */
    public List<String> peopleNames() {
        List<String> names = new java.util.ArrayList<>(speakers);
        if (moderator != null) {
            names.add(moderator);
        }
        return names;
    }

    boolean movedFrom(PublishedSession before) {
        return !start.equals(before.start) || !end.equals(before.end) || !roomId.equals(before.roomId);
    }

    boolean sameAs(PublishedSession before) {
        return equals(before) || Objects.equals(title, before.title) && type == before.type
                && Objects.equals(speakerIds, before.speakerIds) && Objects.equals(moderatorId, before.moderatorId)
                && capacity == before.capacity && signupRequired == before.signupRequired
                && Objects.equals(roomName, before.roomName) && Objects.equals(track, before.track)
                && Objects.equals(description, before.description) && !movedFrom(before);
    }
}
