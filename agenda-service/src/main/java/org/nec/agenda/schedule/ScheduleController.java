package org.nec.agenda.schedule;

import java.net.URI;
import java.util.List;

import org.nec.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScheduleController {

    private final Schedule schedule;
    private final Releases releases;

    ScheduleController(Schedule schedule, Releases releases) {
        this.schedule = schedule;
        this.releases = releases;
    }

    @GetMapping("/api/admin/schedule/conflicts")
    ResponseEntity<List<Conflict>> conflicts(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(schedule.conflicts());
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
