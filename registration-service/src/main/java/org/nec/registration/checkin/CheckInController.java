package org.nec.registration.checkin;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.register.CheckInCodes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checking in as an API: the organiser by registration id, the door by the content of the QR code. */
@RestController
class CheckInController {

    private final CheckIns checkIns;
    private final CheckInCodes codes;

    CheckInController(CheckIns checkIns, CheckInCodes codes) {
        this.checkIns = checkIns;
        this.codes = codes;
    }

    @PostMapping("/api/admin/registrations/{id}/check-in")
    CheckedIn checkIn(@PathVariable String id) {
        return new CheckedIn(id, checkIns.checkIn(id));
    }

    /** At the door: the content of the attendee's QR code, scanned or typed. */
    @PostMapping("/api/check-in")
    CheckedIn checkInByCode(@Valid @RequestBody ScannedCode scanned) {
        String id = codes.registrationOf(scanned.code()).orElseThrow(() -> Problems.invalid(List.of(
                new FieldProblem("code", "is not a genuine check-in code"))));
        return new CheckedIn(id, checkIns.checkIn(id));
    }

    record ScannedCode(@NotBlank @Size(max = 200) String code) {
    }

    record CheckedIn(String registrationId, Instant checkedInAt) {
    }
}
