package org.nec.agenda.track;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.nec.agenda.console.ConsolePages;
import org.nec.agenda.console.Fields;
import org.nec.agenda.console.FormErrors;
import org.nec.agenda.console.Forms;
import org.nec.agenda.edition.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's tracks: the list, each renamed or recoloured in place or deleted (refused, in plain words, while
 * draft sessions still run in it), and a new track.
 */
@Controller
class TrackPages {

    private static final String PATH = "/admin/programme/tracks";

    private final Tracks tracks;
    private final Forms forms;

    TrackPages(Tracks tracks, Forms forms) {
        this.tracks = tracks;
        this.forms = forms;
    }

    record TrackForm(String nameFr, String nameEn, String color) {

        static final TrackForm EMPTY = new TrackForm("", "", "#1f4e3d");

        Tracks.TrackRequest request() {
            return new Tracks.TrackRequest(new Text(Fields.text(nameFr), Fields.text(nameEn)), Fields.text(color));
        }
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String done, Model model, Locale locale) {
        return show(model, locale, done, TrackForm.EMPTY);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute TrackForm form, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = forms.errors(locale, "track");
        var request = form.request();
        if (forms.submit(request, errors, () -> tracks.create(request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "created");
        }
        ConsolePages.refused(model, errors, response);
        return show(model, locale, null, form);
    }

    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, @ModelAttribute TrackForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        FormErrors errors = forms.errors(locale, "track", id);
        var request = form.request();
        if (forms.submit(request, errors, () -> tracks.change(id, request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "saved");
        }
        ConsolePages.refused(model, errors, response);
        return show(model, locale, null, TrackForm.EMPTY);
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        try {
            tracks.delete(id);
            return ConsolePages.redirect(PATH, locale, "deleted");
        } catch (ErrorResponseException refused) {
            FormErrors errors = forms.errors(locale, "track");
            Object inUse = refused.getBody().getProperties() == null ? null
                    : refused.getBody().getProperties().get(Tracks.DRAFT_SESSIONS);
            if (inUse != null) {
                errors.general("admin.tracks.inUse", inUse);
            } else {
                Forms.refusal(refused, errors);
            }
            ConsolePages.refused(model, errors, response);
            response.setStatus(refused.getStatusCode().value());
            return show(model, locale, null, TrackForm.EMPTY);
        }
    }

    private String show(Model model, Locale locale, String done, TrackForm form) {
        model.addAttribute("tracks", tracks.all());
        model.addAttribute("form", form);
        ConsolePages.prepare(model, locale, done);
        return "admin-tracks";
    }
}
