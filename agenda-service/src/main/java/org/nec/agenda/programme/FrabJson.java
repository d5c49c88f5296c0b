package org.nec.agenda.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.track.Track;

/**
 * The programme in the frab {@code schedule.json} shape as the C3VOC tools, pretalx and the conference apps read
 * it (the JSON twin of {@link FrabXml}). Links point at the front door ({@code publicUrl}), since the apps open
 * them from outside.
 */
final class FrabJson {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private FrabJson() {
    }

    static Map<String, Object> of(ProgrammeView programme, String publicUrl) {
        String base = publicUrl.replaceAll("/+$", "");
        List<Map<String, Object>> days = new ArrayList<>();
        int index = 1;
        for (LocalDate date : programme.dates()) {
            Map<String, Object> byRoom = new LinkedHashMap<>();
            programme.days().getOrDefault(date, Map.of()).forEach((room, sessions) ->
                    byRoom.put(room, sessions.stream().map(s -> event(programme, s, base)).toList()));
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("index", index++);
            day.put("date", date.toString());
            day.put("day_start", programme.dayStart(date));
            day.put("day_end", programme.dayStart(date.plusDays(1)));
            day.put("rooms", byRoom);
            days.add(day);
        }
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", programme.acronym());
        conference.put("title", programme.title());
        conference.put("start", programme.start().toString());
        conference.put("end", programme.end().toString());
        conference.put("daysCount", days.size());
        conference.put("timeslot_duration", "00:15");
        conference.put("time_zone_name", programme.zone().getId());
        conference.put("url", base + "/programme");
        conference.put("rooms", rooms(programme));
        conference.put("tracks", programme.tracks().stream().map(FrabJson::track).toList());
        conference.put("days", days);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("version", String.valueOf(programme.version()));
        schedule.put("base_url", base + "/");
        schedule.put("conference", conference);
        return Map.of("schedule", schedule);
    }

    private static List<Map<String, Object>> rooms(ProgrammeView programme) {
        Map<String, Map<String, Object>> byName = new java.util.TreeMap<>();
        programme.days().values().forEach(rooms -> rooms.forEach((name, sessions) -> byName.computeIfAbsent(name,
                n -> Map.of("name", n, "guid", guid(sessions.get(0).roomId() == null ? n : sessions.get(0).roomId())))));
        return List.copyOf(byName.values());
    }

    private static Map<String, Object> track(Track track) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", track.name().fr());
        json.put("color", track.color());
        return json;
    }

    private static Map<String, Object> event(ProgrammeView programme, PublishedSession s, String base) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("guid", guid(s.id()));
        event.put("id", s.number());
        event.put("date", programme.iso(s.start()));
        event.put("start", programme.local(s.start()).format(HOURS_MINUTES));
        event.put("duration", ProgrammeView.duration(s));
        event.put("room", s.roomName() == null ? "" : s.roomName());
        event.put("slug", programme.slug(s));
        // the session's own place on the public programme page, whose entries carry id="session-<id>"
        event.put("url", base + "/programme#session-" + s.id());
        event.put("title", s.title().fr());
        event.put("subtitle", s.title().en());
        event.put("track", s.track() == null ? null : s.track().name().fr());
        event.put("type", s.type().name().toLowerCase(Locale.ROOT));
        event.put("language", "fr");
        // as with title and subtitle: French first, English second
        event.put("abstract", s.description() == null ? "" : s.description().fr());
        event.put("description", s.description() == null ? "" : s.description().en());
        event.put("recording_license", "");
        event.put("do_not_record", false);
        event.put("persons", persons(s));
        event.put("links", List.of());
        event.put("attachments", List.of());
        return event;
    }

    /** Speakers then the moderator, in the pretalx shape ({@code code}, {@code name}) with frab's public name. */
    private static List<Map<String, Object>> persons(PublishedSession s) {
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < s.speakers().size(); i++) {
            String id = i < s.speakerIds().size() ? s.speakerIds().get(i) : s.speakers().get(i);
            persons.add(person(id, s.speakers().get(i)));
        }
        if (s.moderator() != null) {
            persons.add(person(s.moderatorId() == null ? s.moderator() : s.moderatorId(), s.moderator()));
        }
        return persons;
    }

    private static Map<String, Object> person(String id, String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("guid", guid(id));
        person.put("code", id);
        person.put("name", name);
        person.put("public_name", name);
        return person;
    }

    /** Ids are UUIDs already; anything else gets a stable UUID of its own, as readers expect one. */
    private static String guid(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException notUuid) {
            return UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        }
    }
}
