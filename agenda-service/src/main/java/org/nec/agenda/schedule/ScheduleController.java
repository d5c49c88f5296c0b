package org.nec.agenda.schedule;

import java.net.URI;
import java.util.List;

import org.nec.agenda.session.Conflict;
import org.nec.agenda.session.Conflicts;
import org.nec.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScheduleController {

    private final Conflicts conflicts;
    private final Releases releases;

    ScheduleController(Conflicts conflicts, Releases releases) {
        this.conflicts = conflicts;
        this.releases = releases;
    }

    @GetMapping("/api/admin/schedule/conflicts")
    ResponseEntity<List<Conflict>> conflicts(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(conflicts.all());
    }

    @PostMapping("/api/admin/schedule/releases")
    ResponseEntity<Published> publish() {
        Release release = releases.publish();
        return ResponseEntity.created(URI.create("/api/programme"))
                .body(new Published(release.version(), release.changes()));
    }

    record Published(int version, List<Release.Change> changes) {
    }
}
