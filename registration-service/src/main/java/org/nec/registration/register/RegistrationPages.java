package org.nec.registration.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.nec.registration.page.PageErrors;
import org.nec.registration.question.Question;
import org.nec.registration.question.QuestionKind;
import org.nec.registration.question.Questions;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/** The public registration page: server-rendered, works without JavaScript, French or English. */
@Controller
class RegistrationPages {

    private final Registrations registrations;
    private final TicketTypes ticketTypes;
    private final Questions questions;
    private final Validator validator;

    RegistrationPages(Registrations registrations, TicketTypes ticketTypes, Questions questions, Validator validator) {
        this.registrations = registrations;
        this.ticketTypes = ticketTypes;
        this.questions = questions;
        this.validator = validator;
    }

    @GetMapping("/")
    String form(Model model, Locale locale) {
        return render(new RegistrationForm(), new PageErrors(), model, locale);
    }

    @PostMapping("/")
    String register(@ModelAttribute("form") RegistrationForm form, HttpServletRequest request, Model model,
                    Locale locale) {
        form.setAnswers(new java.util.HashMap<>());
        for (Question question : questions.all()) {
            readAnswer(question, request, form);
        }
        RegistrationRequest registration = form.toRequest(locale.getLanguage());
        PageErrors errors = new PageErrors();
        Set<ConstraintViolation<RegistrationRequest>> violations = validator.validate(registration);
        violations.forEach(v -> {
            String field = v.getPropertyPath().toString().startsWith("consent") ? "privacyPolicy"
                    : v.getPropertyPath().toString();
            errors.add(field, "error." + field);
        });
        if (!errors.isEmpty()) {
            return render(form, errors, model, locale);
        }
        try {
            RegistrationCreated created = registrations.register(registration, "form:" + form.getFormToken());
            if (created.replayed()) {
                model.addAttribute("lang", locale.getLanguage());
                return "registered-again";
            }
            return "redirect:" + UriComponentsBuilder.fromPath("/manage/{id}").queryParam("token",
                    created.manageUrl().substring(created.manageUrl().indexOf("token=") + 6))
                    .queryParam("lang", locale.getLanguage()).buildAndExpand(created.id()).toUriString();
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
                errors.add("email", "error.email.taken");
            } else {
                errors.addAll(problem);
            }
            return render(form, errors, model, locale);
        }
    }

    private static void readAnswer(Question question, HttpServletRequest request, RegistrationForm form) {
        String name = "q-" + question.id();
        if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                form.getAnswers().put(question.id(), Arrays.asList(values));
            }
            return;
        }
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return;
        }
        form.getAnswers().put(question.id(), question.kind() == QuestionKind.YES_NO ? Boolean.valueOf(value) : value);
    }

    private String render(RegistrationForm form, PageErrors errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("ticketTypes", ticketTypes.all());
        model.addAttribute("questions", questions.all());
        return "register";
    }
}
