package org.nec.agenda.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nec.agenda.edition.Text;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.signup.Occupancy;
import org.nec.agenda.signup.Signups;
import org.nec.agenda.track.Track;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The latest release as attendees and conference apps read it, with the seats each session has left. */
@RestController
class ProgrammeController {

    private final Releases releases;
    private final Signups signups;

    ProgrammeController(Releases releases, Signups signups) {
        this.releases = releases;
        this.signups = signups;
    }

    @GetMapping("/api/programme")
    Programme programme() {
        return releases.latest().map(release -> {
            Map<String, Occupancy> occupancy = signups.occupancy();
            return new Programme(release.version(), release.sessions().stream()
                    .map(s -> ProgrammeSession.of(s, occupancy.getOrDefault(s.id(), Occupancy.NONE))).toList());
        }).orElse(new Programme(0, List.of()));
    }

    record Programme(int version, List<ProgrammeSession> sessions) {
    }

    record ProgrammeSession(String id, Text title, SessionType type, String room, Instant start, Instant end,
                            List<String> speakers, String moderator, int capacity, int seatsTaken,
                            boolean signupRequired, int seatsLeft, int waitlisted, Track track,
                            Description description) {

        static ProgrammeSession of(PublishedSession s, Occupancy occupancy) {
            return new ProgrammeSession(s.id(), s.title(), s.type(), s.roomName(), s.start(), s.end(), s.speakers(),
                    s.moderator(), s.capacity(), occupancy.seatsTaken(), s.signupRequired(),
                    Math.max(0, s.capacity() - occupancy.seatsTaken()), occupancy.waitlisted(), s.track(),
                    s.description());
        }
    }
}
