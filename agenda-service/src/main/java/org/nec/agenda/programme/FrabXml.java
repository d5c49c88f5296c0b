package org.nec.agenda.programme;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.nec.agenda.schedule.PublishedSession;

/**
 * The programme in the frab {@code schedule.xml} format read by Giggity, ConfClerk and the C3VOC tools. Characters
 * XML 1.0 cannot carry (control characters stored before they were refused, for instance) are left out.
 */
final class FrabXml {

    private FrabXml() {
    }

    static String write(ProgrammeView programme) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            element(xml, "version", String.valueOf(programme.version()));
            xml.writeStartElement("conference");
            element(xml, "title", programme.title());
            element(xml, "acronym", programme.acronym());
            element(xml, "start", programme.start().toString());
            element(xml, "end", programme.end().toString());
            element(xml, "days", String.valueOf(programme.dates().size()));
            element(xml, "timeslot_duration", "00:15");
            element(xml, "time_zone_name", programme.zone().getId());
            xml.writeEndElement();
            int index = 1;
            for (LocalDate date : programme.dates()) {
                day(xml, programme, index++, date, programme.days().getOrDefault(date, Map.of()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the schedule", e);
        }
        return out.toString();
    }

    private static void day(XMLStreamWriter xml, ProgrammeView programme, int index, LocalDate date,
                            Map<String, List<PublishedSession>> rooms) throws XMLStreamException {
        xml.writeStartElement("day");
        attribute(xml, "index", String.valueOf(index));
        attribute(xml, "date", date.toString());
        attribute(xml, "start", programme.dayStart(date));
        attribute(xml, "end", programme.dayStart(date.plusDays(1)));
        for (var room : rooms.entrySet()) {
            xml.writeStartElement("room");
            attribute(xml, "name", room.getKey());
            for (PublishedSession session : room.getValue()) {
                event(xml, programme, session);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void event(XMLStreamWriter xml, ProgrammeView programme, PublishedSession s)
            throws XMLStreamException {
        xml.writeStartElement("event");
        attribute(xml, "id", String.valueOf(s.number()));
        attribute(xml, "guid", s.id());
        element(xml, "date", programme.iso(s.start()));
        element(xml, "start", programme.local(s.start()).format(DateTimeFormatter.ofPattern("HH:mm")));
        element(xml, "duration", ProgrammeView.duration(s));
        element(xml, "room", s.roomName() == null ? "" : s.roomName());
        element(xml, "slug", programme.slug(s));
        element(xml, "title", s.title().fr());
        element(xml, "subtitle", s.title().en());
        element(xml, "track", s.track() == null ? "" : s.track().name().fr());
        element(xml, "type", s.type().name().toLowerCase(java.util.Locale.ROOT));
        element(xml, "language", "fr");
        // as with title and subtitle: French first, English second
        element(xml, "abstract", s.description() == null ? "" : s.description().fr());
        element(xml, "description", s.description() == null ? "" : s.description().en());
        xml.writeStartElement("persons");
        for (String person : s.peopleNames()) {
            element(xml, "person", person);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlText(value));
    }

    /** The text without the characters XML 1.0 does not allow, lone surrogates included. */
    private static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(FrabXml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
