package org.nec.agenda.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Text;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.track.Track;
import tools.jackson.databind.json.JsonMapper;

class FrabJsonTest {

    private static final Edition EDITION = new Edition(Edition.CURRENT, "Numérique En Commun[s] ESS 2026", "Paris",
            LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), "Europe/Paris");
    private static final String SPEAKER = "6f1c1f2e-8a51-4c3e-9d1b-0c8a2f6f4a10";
    private static final String MODERATOR = "0b7f3c55-1f0e-4e6e-a2d4-7d43f1e9b2c1";

    private static PublishedSession roundtable() {
        return new PublishedSession("3d6a1f0c-52e4-4a6b-8f0e-2b7c9d1e4f55", 3,
                new Text("Table ronde : communs & IA", "Roundtable: commons & AI"), SessionType.ROUNDTABLE,
                "9a0e7c1b-3f2d-4e5a-b6c7-d8e9f0a1b2c3", "Amphithéâtre", Instant.parse("2026-12-03T13:00:00Z"),
                Instant.parse("2026-12-03T14:30:00Z"), List.of(SPEAKER), List.of("Awa Diallo"), MODERATOR,
                "Marc Petit", 300, false, new Track("t1", new Text("Communs numériques", "Digital commons"), "#2b6cb0"),
                new Description("Pourquoi les communs comptent.", "Why commons matter."));
    }

    private static String json(List<PublishedSession> sessions) {
        return JsonMapper.shared().writeValueAsString(
                FrabJson.of(ProgrammeView.of(4, EDITION, sessions), "https://nec.example.org/"));
    }

    @Test
    void aSessionWithSpeakersModeratorTrackAndDescriptionValidates() {
        String json = json(List.of(roundtable()));

        assertThat(FrabSchema.errors(json)).isEmpty();
        Map<?, ?> event = firstEvent(json);
        assertThat(event.get("url"))
                .isEqualTo("https://nec.example.org/programme#session-3d6a1f0c-52e4-4a6b-8f0e-2b7c9d1e4f55");
        assertThat(event.get("links")).isEqualTo(List.of());
        assertThat(event.get("persons")).isEqualTo(List.of(
                Map.of("guid", SPEAKER, "code", SPEAKER, "name", "Awa Diallo", "public_name", "Awa Diallo"),
                Map.of("guid", MODERATOR, "code", MODERATOR, "name", "Marc Petit", "public_name", "Marc Petit")));
        assertThat(event.get("track")).isEqualTo("Communs numériques");
        assertThat(event.get("duration")).isEqualTo("1:30");
    }

    @Test
    void aSessionWithoutRoomPeopleOrTrackAndIdsThatAreNoUuidsStillValidates() {
        PublishedSession bare = new PublishedSession("pasted", 7, new Text("Pause", "Break"), SessionType.BREAK, "r",
                null, Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:15:00Z"), List.of(),
                List.of(), null, null, 0, false, null, null);

        String json = json(List.of(bare));

        assertThat(FrabSchema.errors(json)).isEmpty();
        assertThat((String) firstEvent(json).get("guid")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theSchemaRefusesWhatTheReadersCannotUse() {
        String json = json(List.of(roundtable()));
        String withoutLinks = json.replace("\"links\":[],", "");
        String namelessPerson = json.replace("\"name\":\"Awa Diallo\",\"public_name\":\"Awa Diallo\"", "\"x\":1");

        assertThat(FrabSchema.errors(withoutLinks)).singleElement().asString().contains("links");
        assertThat(FrabSchema.errors(namelessPerson)).isNotEmpty();
    }

    private static Map<?, ?> firstEvent(String json) {
        Map<?, ?> root = JsonMapper.shared().readValue(json, Map.class);
        Map<?, ?> conference = (Map<?, ?>) ((Map<?, ?>) root.get("schedule")).get("conference");
        for (Object day : (List<?>) conference.get("days")) {
            for (Object events : ((Map<?, ?>) ((Map<?, ?>) day).get("rooms")).values()) {
                if (!((List<?>) events).isEmpty()) {
                    return (Map<?, ?>) ((List<?>) events).get(0);
                }
            }
        }
        throw new AssertionError("no event in " + json);
    }
}
