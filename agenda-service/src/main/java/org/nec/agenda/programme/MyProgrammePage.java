package org.nec.agenda.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.signup.HeldSession;
import org.nec.agenda.signup.Overlap;
import org.nec.agenda.signup.Signup;
import org.nec.agenda.signup.SignupStatus;
import org.nec.agenda.signup.Signups;
import org.nec.events.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The attendee's programme, reached with their manage link's token: take a seat, join a waiting list or give
 * either back, with plain forms that come back to the page (POST-redirect-GET). The same checks and events as the
 * sign-up API; a wrong token shows the same "not found" page as an unknown or unconfirmed registration.
 */
@Controller
class MyProgrammePage {

    private final Releases releases;
    private final Signups signups;
    private final AttendeeProjection attendees;
    private final Editions editions;
    private final AttendeeLinks links;

    MyProgrammePage(Releases releases, Signups signups, AttendeeProjection attendees, Editions editions,
                    AttendeeLinks links) {
        this.releases = releases;
        this.signups = signups;
        this.attendees = attendees;
        this.editions = editions;
        this.links = links;
    }

    @GetMapping("/my-programme/{registrationId}")
    String show(@PathVariable String registrationId, @RequestParam(required = false) String token,
                @RequestParam(required = false) String done, @RequestParam(required = false) String refused,
                @RequestParam(required = false) String session, @RequestParam(required = false) String clash,
                CsrfToken csrf, Model model, Locale locale) {
        // on the waiting list for the event: the programme, read-only, until the registration is confirmed
        Attendee attendee = attendees.registeredWithToken(registrationId, token).orElseThrow(NotFound::new);
        // the forms' token lives in a cookie, which must be set before the page starts to stream out
        csrf.getToken();
        Edition edition = editions.current().orElse(null);
        List<PublishedSession> sessions = releases.latest().map(Release::sessions).orElse(List.of());
        Map<String, PublishedSession> byId = sessions.stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        Map<String, Signup> mine = signups.agendaOf(registrationId).stream()
                .collect(Collectors.toMap(held -> held.session().id(), HeldSession::signup));
        Notice notice = Notice.read(done, refused, session, clash);
        String lang = language(locale);
        model.addAttribute("lang", lang);
        model.addAttribute("registrationId", registrationId);
        model.addAttribute("token", token);
        model.addAttribute("path", AttendeeLinks.myProgramme(registrationId, token));
        model.addAttribute("edition", edition);
        model.addAttribute("programme", ProgrammeDays.of(sessions, edition, signups.occupancy(), locale));
        model.addAttribute("mine", mine);
        model.addAttribute("canSignUp", attendee.is(Attendee.Status.CONFIRMED));
        model.addAttribute("notice", notice);
        model.addAttribute("refusedSession", notice.sessionId() == null ? null : byId.get(notice.sessionId()));
        model.addAttribute("clashSession", notice.clashId() == null ? null : byId.get(notice.clashId()));
        model.addAttribute("clashSignup", notice.clashId() == null ? null : mine.get(notice.clashId()));
        model.addAttribute("subscription", links.subscription(registrationId, token));
        model.addAttribute("download", AttendeeLinks.calendar(registrationId, token));
        model.addAttribute("manage", AttendeeLinks.manage(registrationId, token, lang));
        return "my-programme";
    }

    @PostMapping("/my-programme/{registrationId}/signups")
    ResponseEntity<Void> signUp(@PathVariable String registrationId, @RequestParam(required = false) String token,
                                @RequestParam(required = false) String sessionId, Locale locale) {
        Attendee attendee = owned(registrationId, token);
        Notice notice;
        try {
            Signup signup = signups.signUp(attendee, sessionId == null ? "" : sessionId);
            notice = Notice.done(signup.status() == SignupStatus.SEATED ? Notice.Done.SEATED
                    : Notice.Done.WAITLISTED);
        } catch (Overlap overlap) {
            notice = Notice.refused(Notice.Refusal.OVERLAP, sessionId, overlap.held().id());
        } catch (ErrorResponseException refused) {
            notice = Notice.refused(refused.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND) ? Notice.Refusal.GONE
                    : Notice.Refusal.BUSY, sessionId, null);
        }
        return back(registrationId, token, locale, notice);
    }

    @PostMapping("/my-programme/{registrationId}/signups/{sessionId}/give-up")
    ResponseEntity<Void> giveUp(@PathVariable String registrationId, @PathVariable String sessionId,
                                @RequestParam(required = false) String token, Locale locale) {
        signups.cancel(owned(registrationId, token).registrationId(), sessionId);
        return back(registrationId, token, locale, Notice.done(Notice.Done.RELEASED));
    }

    private Attendee owned(String registrationId, String token) {
        return attendees.confirmedWithToken(registrationId, token).orElseThrow(NotFound::new);
    }

    /** 303: the browser comes back to the page with a GET, and reloading it posts nothing again. */
    private static ResponseEntity<Void> back(String registrationId, String token, Locale locale, Notice notice) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(AttendeeLinks.myProgramme(registrationId, token, language(locale), notice)).build();
    }

    private static String language(Locale locale) {
        return Language.of(locale).code();
    }

    static class NotFound extends RuntimeException {
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale) {
        model.addAttribute("lang", language(locale));
        return "attendee-not-found";
    }
}
