package org.nec.agenda.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.signup.Signups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public programme: the latest release, day by day, in French or English, with the seats left in each session
 * and schema.org data.
 */
@Controller
class ProgrammePage {

    private final Releases releases;
    private final Signups signups;
    private final Editions editions;
    private final JsonMapper json = JsonMapper.builder().build();

    ProgrammePage(Releases releases, Signups signups, Editions editions) {
        this.releases = releases;
        this.signups = signups;
        this.editions = editions;
    }

    /** Served at {@code /} on the service's own port, and at {@code /programme} behind the front door. */
    @GetMapping({"/", "/programme"})
    String programme(Model model, Locale locale) {
        Edition edition = editions.current().orElse(null);
        List<PublishedSession> sessions = releases.latest().map(Release::sessions).orElse(List.of());
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("edition", edition);
        model.addAttribute("programme", ProgrammeDays.of(sessions, edition, signups.occupancy(), locale));
        model.addAttribute("jsonLd", jsonLd(edition, sessions));
        return "programme";
    }

    /** schema.org Event data, written so that no value can close the script element it sits in. */
    private String jsonLd(Edition edition, List<PublishedSession> sessions) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", edition == null ? "Numérique En Commun[s] ESS" : edition.name());
        if (edition != null) {
            event.put("startDate", edition.start().toString());
            event.put("endDate", edition.end().toString());
            event.put("location", Map.of("@type", "Place", "name", edition.venue()));
        }
        List<Map<String, Object>> subEvents = new ArrayList<>();
        for (PublishedSession s : sessions) {
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("@type", "Event");
            sub.put("name", s.title().fr());
            if (s.description() != null) {
                sub.put("description", s.description().fr());
            }
            sub.put("startDate", s.start().toString());
            sub.put("endDate", s.end().toString());
            sub.put("location", Map.of("@type", "Place", "name", s.roomName() == null ? "" : s.roomName()));
            sub.put("performer", s.speakers().stream().map(n -> Map.of("@type", "Person", "name", n)).toList());
            subEvents.add(sub);
        }
        event.put("subEvent", subEvents);
        return json.writeValueAsString(event).replace("<", "\\u003c");
    }
}
