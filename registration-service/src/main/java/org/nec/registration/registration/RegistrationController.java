package org.nec.registration.registration;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.nec.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private static final String TOKEN_HEADER = "X-Manage-Token";

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/api/registrations")
    ResponseEntity<RegistrationCreated> register(@Valid @RequestBody RegistrationRequest request) {
        RegistrationCreated created = registrations.register(request);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.id())).body(created);
    }

    @GetMapping("/api/registrations/{id}")
    RegistrationView get(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return registrations.findWithToken(id, token).map(RegistrationView::of)
                .orElseThrow(() -> Problems.notFound("No registration with this id and token."));
    }

    @GetMapping("/api/admin/registrations")
    List<RegistrationView> list() {
        return registrations.all().stream().map(RegistrationView::of).toList();
    }
}
