package org.nec.registration.register;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

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
}
