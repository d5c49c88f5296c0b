package org.nec.agenda.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page of the programme console does: its language, and the redirect after a saved form. */
public final class ConsolePages {

    private ConsolePages() {
    }

    /** The page's language and, unless a refused form brought its own, no errors. */
    public static void prepare(Model model, Locale locale, String done) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("done", done);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
    }

    /** Post-redirect-get: back to {@code path} in the same language, saying what was done. */
    public static String redirect(String path, Locale locale, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("lang", locale.getLanguage())
                .queryParam("done", done).toUriString();
    }

    /** A refused form is shown again, with what is wrong, as a 400. */
    public static void refused(Model model, FormErrors errors, HttpServletResponse response) {
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
