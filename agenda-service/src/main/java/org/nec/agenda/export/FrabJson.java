package org.nec.agenda.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.track.Track;

/** The programme in the frab {@code schedule.json} shape (the JSON twin of {@link FrabXml}). */
final class FrabJson {

    private FrabJson() {
    }

    static Map<String, Object> of(ProgrammeView programme) {
        List<Map<String, Object>> days = new ArrayList<>();
        List<String> rooms = programme.days().values().stream().flatMap(r -> r.keySet().stream()).distinct()
                .sorted().toList();
        int index = 1;
        for (LocalDate date : programme.dates()) {
            Map<String, Object> byRoom = new LinkedHashMap<>();
            programme.days().getOrDefault(date, Map.of()).forEach((room, sessions) ->
                    byRoom.put(room, sessions.stream().map(s -> event(programme, s)).toList()));
            days.add(Map.of("index", index++, "date", date.toString(),
                    "day_start", programme.dayStart(date),
                    "day_end", programme.dayStart(date.plusDays(1)),
                    "rooms", byRoom));
        }
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", programme.acronym());
        conference.put("title", programme.title());
        conference.put("start", programme.start().toString());
        conference.put("end", programme.end().toString());
        conference.put("daysCount", days.size());
        conference.put("timeslot_duration", "00:15");
        conference.put("time_zone_name", programme.zone().getId());
        conference.put("rooms", rooms.stream().map(r -> Map.of("name", r)).toList());
        conference.put("tracks", programme.tracks().stream().map(FrabJson::track).toList());
        conference.put("days", days);
        return Map.of("schedule", Map.of("version", String.valueOf(programme.version()), "conference", conference));
    }

    private static Map<String, Object> track(Track track) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", track.name().fr());
        json.put("color", track.color());
        return json;
    }

    private static Map<String, Object> event(ProgrammeView programme, PublishedSession s) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", s.number());
        event.put("guid", s.id());
        event.put("date", programme.iso(s.start()));
        event.put("start", programme.local(s.start()).format(DateTimeFormatter.ofPattern("HH:mm")));
        event.put("duration", ProgrammeView.duration(s));
        event.put("room", s.roomName());
        event.put("slug", programme.slug(s));
        event.put("title", s.title().fr());
        event.put("subtitle", s.title().en());
        event.put("track", s.track() == null ? null : s.track().name().fr());
        event.put("type", s.type().name().toLowerCase(java.util.Locale.ROOT));
        event.put("language", "fr");
        event.put("abstract", s.description() == null ? "" : s.description().fr());
        event.put("description", s.description() == null ? "" : s.description().en());
        List<Map<String, Object>> persons = new ArrayList<>();
        s.peopleNames().forEach(name -> persons.add(Map.of("public_name", name)));
        event.put("persons", persons);
        return event;
    }
}
