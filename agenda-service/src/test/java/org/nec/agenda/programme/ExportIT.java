package org.nec.agenda.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Text;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionType;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A small two-day programme with a session on the day after, published, then read back as frab XML/JSON and
 * iCalendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=export-tests")
@EmbeddedInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {

    @LocalServerPort
    int port;

    private final java.util.List<String> sessions = new java.util.ArrayList<>();

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private String create(String path, Map<String, Object> body) {
        var response = http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    @BeforeAll
    void publishAProgramme() {
        http().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "name", "Numérique En Commun[s] ESS 2026", "venue", "Paris", "start", "2026-12-03",
                "end", "2026-12-04", "timeZone", "Europe/Paris")).retrieve().toBodilessEntity();
        String plenary = create("/api/admin/rooms", Map.of("name", "Amphithéâtre " + UUID.randomUUID(),
                "capacity", 400));
        String small = create("/api/admin/rooms", Map.of("name", "Salle Ostrom " + UUID.randomUUID(),
                "capacity", 30));
        String speaker = create("/api/admin/people", Map.of("name", "Awa Diallo"));
        String moderator = create("/api/admin/people", Map.of("name", "Marc Petit"));
        String track = create("/api/admin/tracks", Map.of("name", Map.of("fr", "Données ouvertes",
                "en", "Open data"), "color", "#c05621"));
        sessions.add(create("/api/admin/sessions", Map.of("title", Map.of("fr", "Ouverture : communs & IA",
                        "en", "Opening: commons & AI"), "type", "PLENARY", "roomId", plenary,
                "start", "2026-12-03T09:30:00+01:00", "end", "2026-12-03T10:15:00+01:00", "speakerIds", List.of(speaker),
                "description", Map.of("fr", "Pourquoi les communs comptent pour l'ESS.",
                        "en", "Why commons matter to the social economy."))));
        sessions.add(create("/api/admin/sessions", Map.of("title", Map.of("fr", "Table ronde <coopératives>",
                        "en", "Roundtable"), "type", "ROUNDTABLE", "roomId", plenary,
                "start", "2026-12-04T14:00:00+01:00", "end", "2026-12-04T15:30:00+01:00", "speakerIds", List.of(speaker),
                "moderatorId", moderator)));
        sessions.add(create("/api/admin/sessions", Map.of("title", Map.of("fr", "Atelier données ouvertes",
                        "en", "Open data workshop"), "type", "WORKSHOP", "roomId", small,
                "start", "2026-12-04T14:00:00+01:00", "end", "2026-12-04T16:00:00+01:00", "capacity", 20,
                "signupRequired", true, "trackId", track)));
        sessions.add(create("/api/admin/sessions", Map.of("title", Map.of("fr", "Visite du lendemain",
                        "en", "Next-day visit"), "type", "WORKSHOP", "roomId", small,
                "start", "2026-12-05T10:00:00+01:00", "end", "2026-12-05T11:00:00+01:00")));
        assertThat(http().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theFrabXmlValidatesAgainstTheScheduleSchema() throws Exception {
        String xml = http().get().uri("/schedule.xml").retrieve().body(String.class);

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/frab/schedule.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));

        assertThat(xml).contains("<title>Numérique En Commun[s] ESS 2026</title>", "<day index=\"1\" date=\"2026-12-03\"",
                "<days>3</days>", "<day index=\"3\" date=\"2026-12-05\"", "<title>Visite du lendemain</title>",
                "<start>09:30</start>", "<duration>0:45</duration>", "<person>Marc Petit</person>",
                "Table ronde &lt;coopératives&gt;", "<track>Données ouvertes</track>", "<track></track>",
                "<abstract>Pourquoi les communs comptent pour l'ESS.</abstract>",
                "<description>Why commons matter to the social economy.</description>");
    }

    @Test
    void controlCharactersStoredBeforeTheyWereRefusedAreLeftOutOfTheFrabXml() throws Exception {
        PublishedSession pasted = new PublishedSession("pasted", 7, new Text("Communs\u0001 et\u000B IA\uFFFE",
                "Commons\u001F and AI \uD83C\uDF31"), SessionType.WORKSHOP, "r", "Salle\u0008 Gide",
                Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), List.of(),
                List.of("Awa\u0000 Diallo\uD800"), null, null, 30, false, null,
                new Description("Ligne\tune\nLigne deux\u000C", "Line\r\none"));
        Edition edition = new Edition(Edition.CURRENT, "NEC\u0002 2026", "Paris", LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 4), "Europe/Paris");

        String xml = FrabXml.write(ProgrammeView.of(1, edition, List.of(pasted)));

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/frab/schedule.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("<title>Communs et IA</title>", "<subtitle>Commons and AI \uD83C\uDF31</subtitle>",
                "<room name=\"Salle Gide\">", "<person>Awa Diallo</person>", "<title>NEC 2026</title>",
                "<abstract>Ligne\tune\nLigne deux</abstract>");
    }

    @Test
    void theCalendarParsesBackWithEverySession() throws Exception {
        String ics = http().get().uri("/programme.ics?lang=en").retrieve().body(String.class);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsAll(sessions.stream().map(id -> id + "@numerique-en-communs").toList());
        assertThat(events).filteredOn(e -> e.getUid().orElseThrow().getValue().startsWith(sessions.get(0)))
                .singleElement().satisfies(e -> {
                    assertThat(e.getSummary().getValue()).isEqualTo("Opening: commons & AI");
                    assertThat(e.getDateTimeStart().getValue()).isEqualTo("20261203T083000Z");
                    assertThat(e.getDescription().getValue())
                            .isEqualTo("Why commons matter to the social economy.\n\nAwa Diallo");
                });
    }

    @Test
    void theProgrammePageShowsTheReleaseInBothLanguagesWithSchemaOrgData() {
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);
        String fr = anonymous.get().uri("/").retrieve().body(String.class);
        String en = anonymous.get().uri("/?lang=en").retrieve().body(String.class);

        assertThat(fr).contains("lang=\"fr\"", "jeudi 3 décembre 2026", "09:30 – 10:15", "Ouverture : communs &amp; IA",
                "Animé par Marc Petit", "Inscription requise", "\"@type\":\"Event\"");
        assertThat(en).contains("lang=\"en\"", "Thursday, December 3, 2026", "Opening: commons &amp; AI",
                "Moderated by Marc Petit");
        assertThat(fr).contains("Parcours : Données ouvertes", "Pourquoi les communs comptent pour l&#39;ESS.");
        assertThat(en).contains("Track: Open data", "Why commons matter to the social economy.");
        assertThat(fr).doesNotContain("<coopératives>").contains("\\u003ccoopératives>");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Map<?, ?> spec = RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve()
                .body(Map.class);

        assertThat(((Map<String, Object>) spec.get("paths")).keySet()).contains("/api/admin/sessions",
                "/api/admin/schedule/releases", "/api/sessions/{sessionId}/signups", "/api/programme");
    }

    @Test
    void theFrabJsonValidatesAgainstTheFrabSchema() {
        String json = http().get().uri("/schedule.json").retrieve().body(String.class);

        assertThat(FrabSchema.errors(json)).isEmpty();
        assertThat(json).contains("\"public_name\":\"Marc Petit\"", "\"links\":[]",
                "\"url\":\"http://127.0.0.1:8080/programme#session-");
        // every event's url leads to its own entry on the programme page
        String page = http().get().uri("/programme").retrieve().body(String.class);
        java.util.regex.Matcher anchors = java.util.regex.Pattern.compile("/programme#(session-[^\"]+)\"")
                .matcher(json);
        int events = 0;
        while (anchors.find() && events < 1_000) {
            assertThat(page).contains("id=\"" + anchors.group(1) + "\"");
            events++;
        }
        assertThat(events).isPositive();
    }

    @Test
    void theFrabJsonListsDaysAndRooms() {
        Map<?, ?> json = http().get().uri("/schedule.json").retrieve().body(Map.class);

        Map<?, ?> conference = (Map<?, ?>) ((Map<?, ?>) json.get("schedule")).get("conference");
        assertThat(conference.get("daysCount")).as("the edition's two days and the day after, which has a session")
                .isEqualTo(3);
        assertThat(((List<Map<?, ?>>) conference.get("days")).stream().map(day -> String.valueOf(day.get("date")))
                .toList()).containsExactly("2026-12-03", "2026-12-04", "2026-12-05");
        assertThat(conference.get("days").toString()).contains("Visite du lendemain");
        assertThat(conference.get("time_zone_name")).isEqualTo("Europe/Paris");
        assertThat(conference.get("days").toString()).contains("Atelier données ouvertes", "duration=2:00",
                "track=Données ouvertes", "abstract=Pourquoi les communs comptent pour l'ESS.",
                "description=Why commons matter to the social economy.");
        assertThat(conference.get("tracks")).isEqualTo(List.of(Map.of("name", "Données ouvertes",
                "color", "#c05621")));
    }
}
