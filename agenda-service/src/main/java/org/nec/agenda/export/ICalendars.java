package org.nec.agenda.export;

import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import org.nec.agenda.schedule.PublishedSession;

/** Sessions as an iCalendar feed (RFC 5545), times in UTC so every calendar places them right. */
final class ICalendars {

    private ICalendars() {
    }

    static String of(List<PublishedSession> sessions, String language, String name) {
        Calendar calendar = new Calendar()
                .withProdId("-//Numérique En Commun[s] ESS//" + name + "//" + language.toUpperCase())
                .withDefaults().getFluentTarget();
        for (PublishedSession s : sessions) {
            VEvent event = new VEvent(s.start(), s.end(), "en".equals(language) ? s.title().en() : s.title().fr());
            event.add(new Uid(s.id() + "@numerique-en-communs"));
            if (s.roomName() != null) {
                event.add(new Location(s.roomName()));
            }
            List<String> people = new java.util.ArrayList<>(s.speakers());
            if (s.moderator() != null) {
                people.add(s.moderator());
            }
            if (!people.isEmpty()) {
                event.add(new Description(String.join(", ", people)));
            }
            calendar.withComponent(event);
        }
        return calendar.toString();
    }
}
