package org.nec.registration.checkin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.nec.platform.security.OrganiserSecurity;
import org.nec.registration.register.CheckInCodes;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationProperties;
import org.nec.registration.register.Registrations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The volunteers' page at the door: a QR scanner acting as a keyboard (or a person typing) fills the code field;
 * the answer says at once whether to let the attendee in.
 */
@Controller
class CheckInPage {

    private final CheckIns checkIns;
    private final CheckInCodes codes;
    private final Registrations registrations;
    private final DateTimeFormatter times;

    CheckInPage(CheckIns checkIns, CheckInCodes codes, Registrations registrations,
                RegistrationProperties properties) {
        this.checkIns = checkIns;
        this.codes = codes;
        this.registrations = registrations;
        this.times = DateTimeFormatter.ofPattern("HH:mm").withZone(properties.timeZone());
    }

    @GetMapping("/check-in")
    String page(Model model, Locale locale, HttpServletRequest request) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("organiser", request.isUserInRole(OrganiserSecurity.ORGANISER));
        return "check-in";
    }

    @PostMapping("/check-in")
    String scan(@RequestParam(defaultValue = "") String code, Model model, Locale locale,
                HttpServletRequest request) {
        model.addAttribute("lang", locale.getLanguage());
        // volunteers at the door see no console navigation: none of it is theirs
        model.addAttribute("organiser", request.isUserInRole(OrganiserSecurity.ORGANISER));
        var id = codes.registrationOf(code);
        if (id.isEmpty()) {
            model.addAttribute("outcome", "invalid");
            return "check-in";
        }
        Registration registration = registrations.find(id.get()).orElse(null);
        model.addAttribute("registration", registration);
        try {
            checkIns.checkIn(id.get());
            model.addAttribute("outcome", "welcome");
        } catch (ErrorResponseException refused) {
            boolean already = registration != null && registration.checkedInAt() != null;
            model.addAttribute("outcome", already ? "already" : "refused");
            if (already) {
                model.addAttribute("checkedInAt", times.format(registration.checkedInAt()));
            }
        }
        return "check-in";
    }
}
