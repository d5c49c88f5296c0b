package org.nec.registration.gdpr;

import org.nec.platform.web.Problems;
import org.nec.registration.registration.Registrations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ErasureController {

    private final Registrations registrations;
    private final Erasures erasures;

    ErasureController(Registrations registrations, Erasures erasures) {
        this.registrations = registrations;
        this.erasures = erasures;
    }

    /** The attendee's own request, with their manage token. */
    @PostMapping("/api/registrations/{id}/erasure")
    ResponseEntity<Void> eraseOwn(@PathVariable String id,
                                  @RequestHeader(name = "X-Manage-Token", required = false) String token) {
        registrations.findWithToken(id, token)
                .orElseThrow(() -> Problems.notFound("No registration with this id and token."));
        erasures.erase(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
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
