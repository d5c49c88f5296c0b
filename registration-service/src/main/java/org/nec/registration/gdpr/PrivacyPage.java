package org.nec.registration.gdpr;

import java.util.Locale;

import org.nec.registration.register.RegistrationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy policy an attendee consents to; its version is recorded with the consent. */
@Controller
class PrivacyPage {

    private final RegistrationProperties registration;
    private final RetentionProperties retention;

    PrivacyPage(RegistrationProperties registration, RetentionProperties retention) {
        this.registration = registration;
        this.retention = retention;
    }

    @GetMapping("/privacy")
    String privacy(Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("version", registration.privacyPolicyVersion());
        model.addAttribute("keepForDays", retention.keepFor().toDays());
        return "privacy";
    }
}
