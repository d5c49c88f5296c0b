package org.nec.registration.manage;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Resend my link", as an API call and as a page; both answer the same whatever the address and whether the resend
 * was over its limit. The client address is the one Tomcat sets from trusted proxies' {@code X-Forwarded-For}.
 */
@Controller
class ManageLinkController {

    private final ManageLinks links;

    ManageLinkController(ManageLinks links) {
        this.links = links;
    }

    @PostMapping("/api/manage-links")
    @ResponseBody
    ResponseEntity<Void> resend(@Valid @RequestBody LinkRequest request, HttpServletRequest http) {
        links.resend(request.email(), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @GetMapping("/manage-link")
    String page(Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        return "manage-link";
    }

    @PostMapping("/manage-link")
    String resendFromPage(@RequestParam(defaultValue = "") String email, Model model, Locale locale,
                          HttpServletRequest http) {
        if (email.length() <= 254) {
            links.resend(email, http.getRemoteAddr());
        }
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("sent", true);
        return "manage-link";
    }

    /** The same rule as the address a registration is made with: anything else cannot be anyone's address. */
    record LinkRequest(@NotBlank @Size(max = 254) @Email String email) {

        LinkRequest {
            email = email == null ? null : email.strip();
        }
    }
}
