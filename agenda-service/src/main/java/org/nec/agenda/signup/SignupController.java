package org.nec.agenda.signup;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Attendees sign up for sessions with the token of their registration's manage link. */
@RestController
class SignupController {

    private static final String TOKEN = "X-Manage-Token";

    private final Signups signups;
    private final AttendeeProjection attendees;

    SignupController(Signups signups, AttendeeProjection attendees) {
        this.signups = signups;
        this.attendees = attendees;
    }

    @PostMapping("/api/sessions/{sessionId}/signups")
    ResponseEntity<Signup> signUp(@PathVariable String sessionId, @Valid @RequestBody SignupRequest request,
                                          @RequestHeader(name = TOKEN, required = false) String token) {
        Signup signup = signups.signUp(attendee(request.registrationId(), token), sessionId);
        return ResponseEntity.created(URI.create("/api/registrations/" + request.registrationId() + "/agenda"))
                .body(signup);
    }

    @DeleteMapping("/api/sessions/{sessionId}/signups/{registrationId}")
    ResponseEntity<Void> cancel(@PathVariable String sessionId, @PathVariable String registrationId,
                                @RequestHeader(name = TOKEN, required = false) String token) {
        signups.cancel(attendee(registrationId, token).registrationId(), sessionId);
        return ResponseEntity.ok().build();
    }

    @GetMapping("/api/registrations/{registrationId}/agenda")
    List<HeldSession> agenda(@PathVariable String registrationId,
                                     @RequestHeader(name = TOKEN, required = false) String token) {
        return signups.agendaOf(attendee(registrationId, token).registrationId());
    }

    private Attendee attendee(String registrationId, String token) {
        return attendees.confirmedWithToken(registrationId, token)
                .orElseThrow(() -> Problems.notFound("No confirmed registration with this id and token."));
    }

    record SignupRequest(@NotBlank @Size(max = 64) String registrationId) {
    }
}
