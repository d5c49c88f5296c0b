package org.nec.agenda.schedule;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.session.Text;
import org.nec.agenda.track.Track;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.nec.agenda.signup.Signups;

@RestController
class ScheduleController {

    private final Schedule schedule;
    private final Releases releases;
    private final Signups signups;

    ScheduleController(Schedule schedule, Releases releases, Signups signups) {
        this.signups = signups;
        this.schedule = schedule;
        this.releases = releases;
    }

    @GetMapping("/api/admin/schedule/conflicts")
    List<Conflict> conflicts() {
        return schedule.conflicts();
    }

    @PostMapping("/api/admin/schedule/releases")
    ResponseEntity<Published> publish() {
        Release release = releases.publish();
        return ResponseEntity.created(URI.create("/api/programme"))
                .body(new Published(release.version(), release.changes()));
    }

    /** The latest release, as attendees and conference apps read it. */
    @GetMapping("/api/programme")
    Programme programme() {
        return releases.latest().map(r -> new Programme(r.version(), r.sessions().stream()
                        .map(s -> new ProgrammeSession(s.id(), s.title(), s.type(), s.roomName(), s.start(), s.end(),
                                s.speakers(), s.moderator(), s.capacity(), signups.seatsTaken(s.id()), s.track(),
                                s.description()))
                        .toList()))
                .orElse(new Programme(0, List.of()));
    }

    record Published(int version, List<Release.Change> changes) {
    }

    record Programme(int version, List<ProgrammeSession> sessions) {
    }

    record ProgrammeSession(String id, Text title, SessionType type, String room, Instant start, Instant end,
                            List<String> speakers, String moderator, int capacity, int seatsTaken, Track track,
                            Description description) {
    }
}
