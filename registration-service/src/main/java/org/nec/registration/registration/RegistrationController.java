package org.nec.registration.registration;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.nec.platform.web.Problems;
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

@RestController
class RegistrationController {

    static final String TOKEN_HEADER = "X-Manage-Token";

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/api/registrations")
    ResponseEntity<RegistrationCreated> register(@Valid @RequestBody RegistrationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        RegistrationCreated created = registrations.register(request, idempotencyKey);
        return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/registrations/" + created.id())).body(created);
    }

    @GetMapping("/api/registrations/{id}")
    RegistrationView get(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return registrations.view(owned(id, token));
    }

    @PatchMapping("/api/registrations/{id}")
    RegistrationView update(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                            @Valid @RequestBody RegistrationChange change) {
        return registrations.view(registrations.update(owned(id, token), change));
    }

    @DeleteMapping("/api/registrations/{id}")
    CancelledView cancel(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        registrations.cancel(owned(id, token));
        return new CancelledView(RegistrationStatus.CANCELLED);
    }

    private Registration owned(String id, String token) {
        return registrations.findWithToken(id, token)
                .orElseThrow(() -> Problems.notFound("No registration with this id and token."));
    }

    record CancelledView(RegistrationStatus status) {
    }
}
