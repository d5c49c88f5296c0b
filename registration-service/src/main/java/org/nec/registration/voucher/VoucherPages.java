package org.nec.registration.voucher;

import java.util.Locale;

import jakarta.validation.Validator;
import org.nec.registration.console.ConsoleNotFound;
import org.nec.registration.page.PageErrors;
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
 * The organiser's invitation codes as a console page: the same rules as the admin API; a new code is shown once
 * created, to be copied into the invitation.
 */
@Controller
class VoucherPages {

    private static final String SECTION = "vouchers";

    private final Vouchers vouchers;
    private final TicketTypes ticketTypes;
    private final Validator validator;

    VoucherPages(Vouchers vouchers, TicketTypes ticketTypes, Validator validator) {
        this.vouchers = vouchers;
        this.ticketTypes = ticketTypes;
        this.validator = validator;
    }

    @GetMapping("/admin/vouchers")
    String list(@RequestParam(required = false) String done, @RequestParam(required = false) String code,
                Model model, Locale locale) {
        model.addAttribute("done", done);
        model.addAttribute("created", "created".equals(done) ? vouchers.find(code).orElse(null) : null);
        return render(new VoucherForm("", "1", ""), new PageErrors(), model, locale);
    }

    @PostMapping("/admin/vouchers")
    String create(@RequestParam(defaultValue = "") String ticketType, @RequestParam(defaultValue = "") String uses,
                  @RequestParam(defaultValue = "") String label, Model model, Locale locale) {
        VoucherForm form = new VoucherForm(ticketType.strip(), uses.strip(), label.strip());
        PageErrors errors = new PageErrors();
        Integer count = number(form.uses());
        if (count == null) {
            errors.add("uses", "console.error.voucher.uses");
        }
        var request = new VoucherRequest(form.ticketType(), count, form.label());
        validator.validate(request).forEach(v -> errors.add(v.getPropertyPath().toString(),
                "console.error.voucher." + v.getPropertyPath()));
        if (errors.isEmpty()) {
            try {
                Voucher created = vouchers.create(request.ticketType(), request.usesOrOne(), request.label());
                return "redirect:" + UriComponentsBuilder.fromPath("/admin/vouchers")
                        .queryParam("lang", locale.getLanguage()).queryParam("done", "created")
                        .queryParam("code", created.code()).toUriString();
            } catch (ErrorResponseException unknownType) {
                errors.add("ticketType", "console.error.voucher.ticketType");
            }
        }
        return render(form, errors, model, locale);
    }

    @PostMapping("/admin/vouchers/{code}/revoke")
    String revoke(@PathVariable String code, Locale locale) {
        try {
            vouchers.revoke(code);
        } catch (ErrorResponseException unknown) {
            throw new ConsoleNotFound(SECTION);
        }
        return "redirect:/admin/vouchers?lang=" + locale.getLanguage() + "&done=revoked";
    }

    private String render(VoucherForm form, PageErrors errors, Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("vouchers", vouchers.all(null));
        model.addAttribute("types", ticketTypes.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin-vouchers";
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** What the organiser typed, given back when the form is refused. */
    public record VoucherForm(String ticketType, String uses, String label) {
    }
}
