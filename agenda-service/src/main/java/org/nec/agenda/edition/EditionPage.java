package org.nec.agenda.edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.nec.agenda.console.ConsolePages;
import org.nec.agenda.console.Fields;
import org.nec.agenda.console.FormErrors;
import org.nec.agenda.console.Forms;
import org.nec.events.EditionZone;
import org.nec.platform.web.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme console's first page: the edition's name, venue, days and time zone. */
@Controller
class EditionPage {

    private static final String PATH = "/admin/programme";

    private final Editions editions;
    private final Forms forms;

    EditionPage(Editions editions, Forms forms) {
        this.editions = editions;
        this.forms = forms;
    }

    /** What the form holds, as typed. */
    record EditionForm(String name, String venue, String start, String end, String timeZone) {

        static EditionForm of(Edition edition) {
            return edition == null ? new EditionForm("", "", "", "", EditionZone.DEFAULT_ID)
                    : new EditionForm(edition.name(), edition.venue(), edition.start().toString(),
                    edition.end().toString(), edition.timeZone());
        }
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("form", EditionForm.of(editions.current().orElse(null)));
        ConsolePages.prepare(model, locale, done);
        return "admin-edition";
    }

    @PostMapping(PATH + "/edition")
    String save(@ModelAttribute("form") EditionForm form, Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = Fields.date("start", form.start(), problems);
        LocalDate end = Fields.date("end", form.end(), problems);
        FormErrors errors = forms.errors(locale, "edition");
        errors.addAll(problems);
        var request = new Editions.EditionRequest(Fields.text(form.name()), Fields.text(form.venue()), start, end,
                Fields.text(form.timeZone()));
        if (forms.submit(request, errors, () -> editions.put(request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "saved");
        }
        ConsolePages.refused(model, errors, response);
        ConsolePages.prepare(model, locale, null);
        return "admin-edition";
    }
}
