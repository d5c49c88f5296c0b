package org.nec.agenda.person;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.nec.agenda.console.ConsolePages;
import org.nec.agenda.console.Fields;
import org.nec.agenda.console.FormErrors;
import org.nec.agenda.console.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's speakers and moderators: the list and a new person. */
@Controller
class PeoplePage {

    private static final String PATH = "/admin/programme/people";

    private final People people;
    private final Forms forms;

    PeoplePage(People people, Forms forms) {
        this.people = people;
        this.forms = forms;
    }

    record PersonForm(String name, String organisation, String email) {

        static final PersonForm EMPTY = new PersonForm("", "", "");
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String done, Model model, Locale locale) {
        return show(model, locale, done, PersonForm.EMPTY);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute PersonForm form, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = forms.errors(locale, "person");
        var request = new People.PersonRequest(Fields.text(form.name()), Fields.text(form.organisation()),
                Fields.text(form.email()));
        if (forms.submit(request, errors, () -> people.create(request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "created");
        }
        ConsolePages.refused(model, errors, response);
        return show(model, locale, null, form);
    }

    private String show(Model model, Locale locale, String done, PersonForm form) {
        model.addAttribute("people", people.all());
        model.addAttribute("form", form);
        ConsolePages.prepare(model, locale, done);
        return "admin-people";
    }
}
