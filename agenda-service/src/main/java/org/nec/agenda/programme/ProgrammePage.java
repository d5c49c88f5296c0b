package org.nec.agenda.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.signup.Signups;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/** The public programme: the latest release, day by day, in French or English, with schema.org data. */
@Controller
class ProgrammePage {

    private final Releases releases;
    private final Signups signups;
    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().build();

    ProgrammePage(Releases releases, Signups signups, MongoTemplate mongo) {
        this.releases = releases;
        this.signups = signups;
        this.mongo = mongo;
    }

    @GetMapping("/")
    String programme(Model model, Locale locale) {
        Edition edition = mongo.findById(Edition.CURRENT, Edition.class);
        ZoneId zone = edition == null ? ZoneId.of("Europe/Paris") : edition.zone();
        List<PublishedSession> sessions = releases.latest().map(Release::sessions).orElse(List.of());
        Map<LocalDate, List<Slot>> days = sessions.stream()
                .map(s -> new Slot(s, s.start().atZone(zone).toLocalTime().toString(),
                        s.end().atZone(zone).toLocalTime().toString(), Math.max(0, s.capacity()
                        - signups.seatsTaken(s.id()))))
                .collect(Collectors.groupingBy(slot -> slot.session().start().atZone(zone).toLocalDate(),
                        TreeMap::new, Collectors.toList()));
        Map<String, List<Slot>> byDayLabel = new LinkedHashMap<>();
        DateTimeFormatter label = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        days.forEach((day, slots) -> byDayLabel.put(label.format(day), slots));
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("edition", edition);
        model.addAttribute("days", byDayLabel);
        model.addAttribute("jsonLd", jsonLd(edition, sessions));
        return "programme";
    }

    /** One session as shown: times in the edition's zone and seats left. */
    record Slot(PublishedSession session, String from, String to, int seatsLeft) {
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
