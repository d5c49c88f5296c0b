package org.nec.registration.checkin;

import java.time.Instant;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckInController {

    private final CheckIns checkIns;

    CheckInController(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/api/admin/registrations/{id}/check-in")
    CheckedIn checkIn(@PathVariable String id) {
        return new CheckedIn(checkIns.checkIn(id));
    }

    record CheckedIn(Instant checkedInAt) {
    }
}
