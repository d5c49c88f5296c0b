package org.nec.agenda.room;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.nec.agenda.console.ConsolePages;
import org.nec.agenda.console.Fields;
import org.nec.agenda.console.FormErrors;
import org.nec.agenda.console.Forms;
import org.nec.platform.web.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's rooms: the list with each room's opening hours (changeable in place), and a new room. */
@Controller
class RoomPages {

    private static final String PATH = "/admin/programme/rooms";

    private final Rooms rooms;
    private final Forms forms;

    RoomPages(Rooms rooms, Forms forms) {
        this.rooms = rooms;
        this.forms = forms;
    }

    record RoomForm(String name, String capacity, String accessibility, String opensAt, String closesAt) {

        static final RoomForm EMPTY = new RoomForm("", "", "", "09:00", "18:00");
    }

    record HoursForm(String opensAt, String closesAt) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String done, Model model, Locale locale) {
        return show(model, locale, done, RoomForm.EMPTY);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute RoomForm form, Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer capacity = Fields.number("capacity", form.capacity(), problems);
        FormErrors errors = forms.errors(locale, "room");
        errors.addAll(problems);
        var request = new Rooms.RoomRequest(Fields.text(form.name()), capacity, Fields.text(form.accessibility()),
                Fields.text(form.opensAt()), Fields.text(form.closesAt()));
        if (forms.submit(request, errors, () -> rooms.create(request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "created");
        }
        ConsolePages.refused(model, errors, response);
        return show(model, locale, null, form);
    }

    @PostMapping(PATH + "/{id}/hours")
    String hours(@PathVariable String id, @ModelAttribute HoursForm form, Model model, Locale locale,
                 HttpServletResponse response) {
        FormErrors errors = forms.errors(locale, "room", id);
        var request = new Rooms.HoursRequest(Fields.text(form.opensAt()), Fields.text(form.closesAt()));
        if (forms.submit(request, errors, () -> rooms.hours(id, request)).isPresent()) {
            return ConsolePages.redirect(PATH, locale, "saved");
        }
        ConsolePages.refused(model, errors, response);
        return show(model, locale, null, RoomForm.EMPTY);
    }

    private String show(Model model, Locale locale, String done, RoomForm form) {
        model.addAttribute("rooms", rooms.all());
        model.addAttribute("form", form);
        ConsolePages.prepare(model, locale, done);
        return "admin-rooms";
    }
}
