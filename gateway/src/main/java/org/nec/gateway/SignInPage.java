package org.nec.gateway;

import org.nec.events.Language;
import org.nec.websecurity.SecurityHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organiser's one sign-in for every console page of the platform. */
@Controller
class SignInPage {

    @GetMapping(FrontDoorSecurity.SIGN_IN)
    String signIn(@RequestParam(required = false) String lang, Authentication authentication, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/dashboard" + (Language.of(lang).english() ? "?lang=en" : "");
        }
        SecurityHeaders.write(response);
        model.addAttribute("lang", Language.of(lang).code());
        return "sign-in";
    }
}
