package org.nec.registration.question;

import java.util.Locale;

import jakarta.validation.Validator;
import org.nec.registration.page.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's extra questions of the registration form: the list, a new one, a deletion. A new question goes
 * through the admin API's request and checks; only its id and its options' codes are made up here, from the
 * English wording.
 */
@Controller
class QuestionPages {

    private final Questions questions;
    private final Validator validator;

    QuestionPages(Questions questions, Validator validator) {
        this.questions = questions;
        this.validator = validator;
    }

    @GetMapping("/admin/questions")
    String list(@RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("done", done);
        return render(QuestionForm.blank(), new PageErrors(), model, locale);
    }

    @PostMapping("/admin/questions")
    String create(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "false") boolean required,
                  @RequestParam(defaultValue = "") String labelFr, @RequestParam(defaultValue = "") String labelEn,
                  @RequestParam(defaultValue = "") String optionsFr, @RequestParam(defaultValue = "") String optionsEn,
                  Model model, Locale locale) {
        QuestionForm form = new QuestionForm(kind, required, labelFr.strip(), labelEn.strip(), optionsFr, optionsEn);
        PageErrors errors = new PageErrors();
        var request = form.toRequest(questions.all(), errors);
        validator.validate(request).forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.equals("kind") ? "kind" : path.equals("label.fr") ? "labelFr"
                    : path.equals("label.en") || path.equals("id") ? "labelEn"
                    : path.endsWith(".en") ? "optionsEn" : "optionsFr";
            errors.add(field, "console.error.question." + field);
        });
        if (errors.isEmpty()) {
            request.optionProblems().forEach(p -> errors.add("optionsFr", request.options() == null
                    || request.options().isEmpty() ? "console.error.question.options.missing"
                    : "console.error.question.options.unwanted"));
        }
        if (errors.isEmpty()) {
            try {
                questions.create(request.toQuestion());
                return "redirect:/admin/questions?lang=" + locale.getLanguage() + "&done=created";
            } catch (ErrorResponseException sameIdMeanwhile) {
                errors.add("labelEn", "console.error.question.taken");
            }
        }
        return render(form, errors, model, locale);
    }

    @PostMapping("/admin/questions/{id}/delete")
    String delete(@PathVariable String id, Locale locale) {
        // deleting twice (a double click, a back button) is not an error: the question is gone either way
        questions.delete(id);
        return "redirect:/admin/questions?lang=" + locale.getLanguage() + "&done=deleted";
    }

    private String render(QuestionForm form, PageErrors errors, Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("questions", questions.all());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin-questions";
    }
}
