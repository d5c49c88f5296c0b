package org.nec.registration.manage;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validator;
import org.nec.events.Language;
import org.nec.registration.gdpr.Erasures;
import org.nec.registration.register.Registration;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The attendee's own page, reached by the link of their confirmation: see, change, cancel or erase the
 * registration. A wrong token shows the same "not found" page as an unknown id.
 */
@Controller
class ManagePages {

    private final SelfService selfService;
    private final TicketTypes ticketTypes;
    private final Erasures erasures;
    private final Validator validator;

    ManagePages(SelfService selfService, TicketTypes ticketTypes, Erasures erasures, Validator validator) {
        this.selfService = selfService;
        this.ticketTypes = ticketTypes;
        this.erasures = erasures;
        this.validator = validator;
    }

    @GetMapping("/manage/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String token,
                @RequestParam(required = false) String done, @RequestParam(required = false) String lang,
                Model model, Locale locale) {
        Registration registration = owned(id, token);
        Language own = Language.of(registration.language());
        if (lang == null && own.english()) {
            // the link in a mail names no language: show the page in the attendee's own
            return "redirect:" + UriComponentsBuilder.fromPath("/manage/{id}").queryParam("token", token)
                    .queryParamIfPresent("done", Optional.ofNullable(done)).queryParam("lang", own.code())
                    .buildAndExpand(id).toUriString();
        }
        model.addAttribute("registration", registration);
        model.addAttribute("position", selfService.waitlistPosition(registration));
        model.addAttribute("ticketType", ticketTypes.find(registration.ticketType()).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("done", done);
        model.addAttribute("lang", locale.getLanguage());
        return "manage";
    }

    @PostMapping("/manage/{id}")
    String update(@PathVariable String id, @RequestParam String token, @RequestParam String firstName,
                  @RequestParam String lastName, @RequestParam(required = false) String organisation,
                  @RequestParam String language, Locale locale) {
        Registration registration = owned(id, token);
        RegistrationChange change = new RegistrationChange(firstName, lastName, organisation, language, null);
        // the same rules as the API's PATCH; an invalid language must not travel on into the redirect either
        if (!validator.validate(change).isEmpty()) {
            return back(id, token, pageLanguage(language, locale), "invalid");
        }
        try {
            selfService.update(registration, change);
        } catch (ErrorResponseException problem) {
            return back(id, token, pageLanguage(language, locale), "invalid");
        }
        return back(id, token, language, "updated");
    }

    @PostMapping("/manage/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam String token, Locale locale) {
        selfService.cancel(owned(id, token));
        return back(id, token, locale.getLanguage(), "cancelled");
    }

    @PostMapping("/manage/{id}/erasure")
    String erase(@PathVariable String id, @RequestParam String token, Model model, Locale locale) {
        owned(id, token);
        erasures.erase(id);
        model.addAttribute("lang", locale.getLanguage());
        return "erased";
    }

    private Registration owned(String id, String token) {
        return selfService.findWithToken(id, token).orElseThrow(NotFound::new);
    }

    /** English when the form chose it, else the page's language: a refused value never travels on. */
    private static String pageLanguage(String chosen, Locale locale) {
        Language language = Language.of(chosen);
        return language.english() ? language.code() : locale.getLanguage();
    }

    private static String back(String id, String token, String lang, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath("/manage/{id}").queryParam("token", token)
                .queryParam("lang", lang).queryParam("done", done).buildAndExpand(id).toUriString();
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        return "not-found";
    }
}
