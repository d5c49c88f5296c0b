package org.nec.registration.manage;

import jakarta.validation.Valid;
import org.nec.platform.web.Problems;
import org.nec.registration.gdpr.Erasures;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** What an attendee does with their registration through the API, with their manage token. */
@RestController
class ManageController {

    static final String TOKEN_HEADER = "X-Manage-Token";

    private final SelfService selfService;
    private final Erasures erasures;

    ManageController(SelfService selfService, Erasures erasures) {
        this.selfService = selfService;
        this.erasures = erasures;
    }

    @GetMapping("/api/registrations/{id}")
    RegistrationView get(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return selfService.view(owned(id, token));
    }

    @PatchMapping("/api/registrations/{id}")
    RegistrationView update(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                            @Valid @RequestBody RegistrationChange change) {
        return selfService.view(selfService.update(owned(id, token), change));
    }

    @DeleteMapping("/api/registrations/{id}")
    CancelledView cancel(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        selfService.cancel(owned(id, token));
        return new CancelledView(RegistrationStatus.CANCELLED);
    }

    /** The attendee's own erasure request (GDPR art. 17). */
    @PostMapping("/api/registrations/{id}/erasure")
    ResponseEntity<Void> erase(@PathVariable String id,
                               @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        owned(id, token);
        erasures.erase(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    private Registration owned(String id, String token) {
        return selfService.findWithToken(id, token)
                .orElseThrow(() -> Problems.notFound("No registration with this id and token."));
    }

    record CancelledView(RegistrationStatus status) {
    }
}
