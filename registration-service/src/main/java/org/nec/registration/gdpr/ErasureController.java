package org.nec.registration.gdpr;

import org.nec.platform.web.Problems;
import org.nec.registration.register.Registrations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Erasure requested through the organiser; the attendee's own request comes with their manage token. */
@RestController
class ErasureController {

    private final Registrations registrations;
    private final Erasures erasures;

    ErasureController(Registrations registrations, Erasures erasures) {
        this.registrations = registrations;
        this.erasures = erasures;
    }

    /** A request received by the organiser (by mail, in person). */
    @PostMapping("/api/admin/registrations/{id}/erasure")
    ResponseEntity<Void> eraseAsOrganiser(@PathVariable String id) {
        if (!erasures.erase(id) && !registrations.exists(id)) {
            throw Problems.notFound("No registration " + id + ".");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }
}
