package org.nec.registration.tickettype;

import java.util.Locale;

import jakarta.validation.Validator;
import org.nec.registration.console.ConsoleNotFound;
import org.nec.registration.page.PageErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's ticket types: quotas at a glance, a new type, a changed capacity. The same requests, rules and
 * event as the admin API; a refused change is told on the form it came from.
 */
@Controller
class TicketTypePages {

    private static final String SECTION = "ticket-types";

    private final TicketTypes ticketTypes;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    TicketTypePages(TicketTypes ticketTypes, Validator validator, ApplicationEventPublisher events) {
        this.ticketTypes = ticketTypes;
        this.validator = validator;
        this.events = events;
    }

    @GetMapping("/admin/ticket-types")
    String list(@RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("done", done);
        return render(blank(), new PageErrors(), null, model, locale);
    }

    @PostMapping("/admin/ticket-types")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String labelFr,
                  @RequestParam(defaultValue = "") String labelEn, @RequestParam(defaultValue = "") String capacity,
                  @RequestParam(defaultValue = "false") boolean restricted, Model model, Locale locale) {
        TicketTypeForm form = new TicketTypeForm(code.strip(), labelFr.strip(), labelEn.strip(), capacity.strip(),
                restricted);
        PageErrors errors = new PageErrors();
        Integer seats = number(form.capacity());
        if (seats == null) {
            errors.add("capacity", "console.error.capacity");
        }
        var request = new TicketTypeRequest(form.code(), new LocalizedText(form.labelFr(), form.labelEn()), seats);
        validator.validate(request).forEach(v -> {
            String field = switch (v.getPropertyPath().toString()) {
                case "label.fr" -> "labelFr";
                case "label.en" -> "labelEn";
                case "code" -> "code";
                default -> "capacity";
            };
            errors.add(field, "console.error." + field);
        });
        if (errors.isEmpty()) {
            try {
                ticketTypes.create(request.code(), request.label(), request.capacity(), form.restricted());
                return "redirect:/admin/ticket-types?lang=" + locale.getLanguage() + "&done=created";
            } catch (ErrorResponseException exists) {
                errors.add("code", "console.error.code.taken");
            }
        }
        return render(form, errors, null, model, locale);
    }

    @PostMapping("/admin/ticket-types/{code}/capacity")
    String changeCapacity(@PathVariable String code, @RequestParam(defaultValue = "") String capacity, Model model,
                          Locale locale) {
        TicketType type = ticketTypes.find(code).orElseThrow(() -> new ConsoleNotFound(SECTION));
        Integer seats = number(capacity.strip());
        if (seats == null || !validator.validate(new CapacityRequest(seats)).isEmpty()) {
            return render(blank(), new PageErrors(), new CapacityError(type.code(), "console.error.capacity",
                    capacity), model, locale);
        }
        try {
            ticketTypes.changeCapacity(code, seats);
        } catch (ErrorResponseException refused) {
            if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw new ConsoleNotFound(SECTION);
            }
            TicketType now = ticketTypes.find(code).orElse(type);
            return render(blank(), new PageErrors(), new CapacityError(now.code(), "console.error.capacity.below",
                    capacity), model, locale);
        }
        // a raised capacity seats the first in line, exactly as after the API's change
        events.publishEvent(new SeatsFreed(code));
        return "redirect:/admin/ticket-types?lang=" + locale.getLanguage() + "&done=capacity";
    }

    private String render(TicketTypeForm form, PageErrors errors, CapacityError capacityError, Model model,
                          Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("types", ticketTypes.all().stream().map(TicketTypeView::of).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("capacityError", capacityError);
        return "admin-ticket-types";
    }

    private static TicketTypeForm blank() {
        return new TicketTypeForm("", "", "", "", false);
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** What the organiser typed, given back when the form is refused. */
    public record TicketTypeForm(String code, String labelFr, String labelEn, String capacity, boolean restricted) {
    }

    /** A refused capacity change: which type's form, why, and what was typed. */
    public record CapacityError(String code, String message, String typed) {
    }
}
