package org.nec.calendar;

import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/** Calendars as iCalendar text (RFC 5545, {@code METHOD:PUBLISH}), times in UTC so every calendar places them right. */
public final class ICalendars {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String UID_DOMAIN = "@numerique-en-communs";

    private ICalendars() {
    }

    /** @param name what the calendar holds ("Programme", "Agenda"), part of its product id */
    public static String of(List<CalendarEntry> entries, String language, String name) {
        Calendar calendar = new Calendar()
                .withProdId("-//Numérique En Commun[s] ESS//" + name + "//" + language.toUpperCase(java.util.Locale.ROOT))
                .withDefaults().getFluentTarget();
        calendar.add(new Method(Method.VALUE_PUBLISH));
        for (CalendarEntry entry : entries) {
            calendar.withComponent(event(entry));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry entry) {
        VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
        event.add(new Uid(entry.id() + UID_DOMAIN));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.sequence() > 0) {
            event.add(new Sequence(entry.sequence()));
        }
        if (entry.cancelled()) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }
}
