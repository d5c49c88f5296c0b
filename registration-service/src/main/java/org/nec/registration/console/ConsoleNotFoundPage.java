package org.nec.registration.console;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's own 404 page: the organiser keeps the navigation rather than landing on the attendees' page. */
@ControllerAdvice
class ConsoleNotFoundPage {

    @ExceptionHandler(ConsoleNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ConsoleNotFound missing, Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("section", missing.section());
        return "admin-not-found";
    }
}
