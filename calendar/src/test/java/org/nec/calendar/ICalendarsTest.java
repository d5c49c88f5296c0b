package org.nec.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarsTest {

    @Test
    void entriesParseBackWithTheirUidTimesPlaceAndState() throws Exception {
        Instant start = Instant.parse("2026-12-02T09:30:00Z");
        String text = ICalendars.of(List.of(
                CalendarEntry.of("s-1", start, start.plusSeconds(3600), "Communs et IA").at("Salle Jaurès")
                        .describedAs("Anna, Bruno").version(3, false),
                CalendarEntry.of("s-2", start, start.plusSeconds(1800), "Atelier").version(3, true)), "fr", "Agenda");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).endsWith("//Agenda//FR");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("s-1@numerique-en-communs");
        assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261202T093000Z");
        assertThat(first.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261202T103000Z");
        assertThat(first.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Salle Jaurès");
        assertThat(first.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo("Anna, Bruno");
        assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(first.getProperty("STATUS")).isEmpty();
        assertThat(events.get(1).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(1).getProperty("LOCATION")).isEmpty();
    }

    @Test
    void wholeDaysAreDatesWithTheDayAfterAsEnd() throws Exception {
        String text = ICalendars.of(List.of(CalendarEntry.days("edition", java.time.LocalDate.of(2026, 12, 3),
                java.time.LocalDate.of(2026, 12, 4), "NEC 2026").at("Paris")), "en", "Edition");

        VEvent event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261203");
        assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261205");
        assertThat(text).contains("DTSTART;VALUE=DATE:20261203");
    }
}
