package org.nec.registration.attendees;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.nec.events.Language;
import org.nec.registration.checkin.CheckIns;
import org.nec.registration.console.ConsoleNotFound;
import org.nec.registration.gdpr.Erasures;
import org.nec.registration.manage.SelfService;
import org.nec.registration.question.Questions;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationProperties;
import org.nec.registration.register.Registrations;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One registration as the organiser sees it, and what they may do with it. Each action goes through the same
 * service as the API, so it publishes the same events.
 */
@Controller
class RegistrationDetailPage {

    private static final String SECTION = "registrations";

    private final RegistrationSearch search;
    private final Registrations registrations;
    private final SelfService selfService;
    private final TicketTypes ticketTypes;
    private final Questions questions;
    private final CheckIns checkIns;
    private final Erasures erasures;
    private final DateTimeFormatter times;

    RegistrationDetailPage(RegistrationSearch search, Registrations registrations, SelfService selfService,
                           TicketTypes ticketTypes, Questions questions, CheckIns checkIns, Erasures erasures,
                           RegistrationProperties properties) {
        this.search = search;
        this.registrations = registrations;
        this.selfService = selfService;
        this.ticketTypes = ticketTypes;
        this.questions = questions;
        this.checkIns = checkIns;
        this.erasures = erasures;
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.timeZone());
    }

    @GetMapping("/admin/registrations/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done,
                @RequestParam(required = false) String refused, Model model, Locale locale) {
        Registration registration = find(id);
        String lang = locale.getLanguage();
        model.addAttribute("lang", lang);
        model.addAttribute("registration", registration);
        model.addAttribute("english", Language.of(registration.language()).english());
        model.addAttribute("ticketTypeLabel", ticketTypes.find(registration.ticketType())
                .map(t -> t.label().in(lang)).orElse(registration.ticketType()));
        model.addAttribute("position", registrations.waitlistPosition(registration));
        model.addAttribute("answers", AnswerLine.of(registration.answers(), questions.all(), lang));
        model.addAttribute("createdAt", time(registration.createdAt()));
        model.addAttribute("checkedInAt", time(registration.checkedInAt()));
        model.addAttribute("cancelledAt", time(registration.cancelledAt()));
        model.addAttribute("erasedAt", time(registration.erasedAt()));
        model.addAttribute("consentedAt", registration.consent() == null ? null
                : time(registration.consent().acceptedAt()));
        model.addAttribute("active", registration.isActive());
        model.addAttribute("done", done);
        model.addAttribute("refused", refused);
        return "admin-registration";
    }

    @PostMapping("/admin/registrations/{id}/check-in")
    String checkIn(@PathVariable String id, Locale locale) {
        find(id);
        try {
            checkIns.checkIn(id);
        } catch (ErrorResponseException refused) {
            // the API's 409, told in the page's words: twice, or without a confirmed seat
            return back(id, locale, "refused", find(id).checkedInAt() != null ? "already-checked-in" : "not-confirmed");
        }
        return back(id, locale, "done", "checked-in");
    }

    @PostMapping("/admin/registrations/{id}/cancel")
    String cancel(@PathVariable String id, Locale locale) {
        Registration registration = find(id);
        if (!registration.isActive()) {
            return back(id, locale, "refused", "not-active");
        }
        selfService.cancel(registration);
        return back(id, locale, "done", "cancelled");
    }

    @GetMapping("/admin/registrations/{id}/erasure")
    String confirmErasure(@PathVariable String id, Model model, Locale locale) {
        Registration registration = find(id);
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("registration", registration);
        return "admin-erasure";
    }

    @PostMapping("/admin/registrations/{id}/erasure")
    String erase(@PathVariable String id, Locale locale) {
        find(id);
        erasures.erase(id);
        return back(id, locale, "done", "erased");
    }

    private Registration find(String id) {
        return search.byId(id).orElseThrow(() -> new ConsoleNotFound(SECTION));
    }

    private String time(Instant instant) {
        return instant == null ? null : times.format(instant);
    }

    private static String back(String id, Locale locale, String outcome, String what) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/registrations/{id}")
                .queryParam("lang", locale.getLanguage()).queryParam(outcome, what).buildAndExpand(id).toUriString();
    }
}
