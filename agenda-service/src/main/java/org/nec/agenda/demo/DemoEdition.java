package org.nec.agenda.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.edition.Text;
import org.nec.agenda.person.People;
import org.nec.agenda.room.Rooms;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.session.Description;
import org.nec.agenda.session.SessionRequest;
import org.nec.agenda.session.SessionType;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.track.Tracks;
import org.nec.events.EditionZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small published programme on first start, so a new platform shows something real: two days, three rooms,
 * three tracks, plenaries, roundtables and workshops with seats. {@code NEC_DEMO=false} leaves the agenda empty.
 */
@Component
@ConditionalOnProperty(name = "nec.agenda.demo", havingValue = "true")
class DemoEdition implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEdition.class);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 3);

    private final Editions editions;
    private final Rooms rooms;
    private final People people;
    private final Tracks tracks;
    private final Sessions sessions;
    private final Releases releases;

    DemoEdition(Editions editions, Rooms rooms, People people, Tracks tracks, Sessions sessions,
                Releases releases) {
        this.editions = editions;
        this.rooms = rooms;
        this.people = people;
        this.tracks = tracks;
        this.sessions = sessions;
        this.releases = releases;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the edition is written first and only once: an instance that loses this race seeds nothing
        if (!editions.setUpIfNone(new Edition(Edition.CURRENT, "Numérique En Commun[s] ESS 2026",
                "Paris – Halle des Communs", FIRST_DAY, FIRST_DAY.plusDays(1), EditionZone.DEFAULT_ID))) {
            return;
        }
        String amphi = room("Amphithéâtre Ada Lovelace", 400, "08:30", "19:00");
        String ostrom = room("Salle Elinor Ostrom", 40, "09:00", "18:00");
        String coop = room("Salle Charles Gide", 30, "09:00", "17:00");
        String awa = person("Awa Diallo", "Coopérative Tiers-Lieux");
        String marc = person("Marc Petit", "Réseau des associations numériques");
        String ines = person("Inès Benali", "Fédération des SCIC");
        String paul = person("Paul Lefèvre", "Collectif Données Ouvertes");
        String lea = person("Léa Moreau", "Mutuelle des communs");
        String yann = person("Yann Kerbrat", "Laboratoire IA responsable");
        String commons = track("Communs numériques", "Digital commons", "#1f4e3d");
        String ai = track("IA responsable", "Responsible AI", "#6b3fa0");
        String cooperation = track("Coopération", "Cooperation", "#c05621");

        session("Ouverture : des communs pour l'ESS", "Opening: commons for the social economy", SessionType.PLENARY,
                amphi, 0, "09:30", "10:15", List.of(awa), null, null, commons, new Description(
                        "Pourquoi les communs numériques intéressent l'économie sociale et solidaire, et ce que ces "
                                + "deux jours vont explorer.",
                        "Why digital commons matter to the social and solidarity economy, and what these two days "
                                + "will explore."));
        session("IA responsable dans l'économie sociale", "Responsible AI in the social economy",
                SessionType.ROUNDTABLE, amphi, 0, "10:30", "12:00", List.of(ines, yann, paul), marc, null, ai,
                new Description(
                        "Quels usages de l'IA servent le projet d'une coopérative ou d'une association ? Données, "
                                + "sobriété, gouvernance : trois regards et vos questions.",
                        "Which uses of AI serve the purpose of a cooperative or an association? Data, frugality, "
                                + "governance: three perspectives and your questions."));
        session("Cartographier ses outils numériques", "Mapping your digital tools", SessionType.WORKSHOP, ostrom, 0,
                "10:30", "12:00", List.of(lea), null, 25, cooperation, new Description(
                        "Atelier pratique : dessiner la carte des outils de sa structure et repérer ceux qui "
                                + "pourraient être partagés.",
                        "Hands-on workshop: draw the map of your organisation's tools and spot the ones that could "
                                + "be shared."));
        session("Déjeuner", "Lunch", SessionType.BREAK, amphi, 0, "12:00", "13:30", List.of(), null, null, null, null);
        session("Logiciels libres pour les associations", "Free software for associations", SessionType.WORKSHOP,
                coop, 0, "14:00", "15:30", List.of(paul), null, 20, commons, new Description(
                        "Choisir, installer et faire vivre des logiciels libres avec une petite équipe bénévole.",
                        "Choosing, installing and keeping free software alive with a small volunteer team."));
        session("Communs numériques et coopératives", "Digital commons and cooperatives", SessionType.ROUNDTABLE,
                amphi, 0, "14:00", "15:30", List.of(awa, lea), ines, null, cooperation, new Description(
                        "Des coopératives racontent comment elles produisent et gouvernent des communs numériques.",
                        "Cooperatives tell how they produce and govern digital commons."));
        session("Données ouvertes et territoires", "Open data and territories", SessionType.WORKSHOP, ostrom, 1,
                "09:30", "11:00", List.of(paul, yann), null, 30, commons, new Description(
                        "Publier et réutiliser des données ouvertes au service d'un territoire, exemples à l'appui.",
                        "Publishing and reusing open data for a territory, with worked examples."));
        session("Clôture : et maintenant ?", "Closing: what next?", SessionType.KEYNOTE, amphi, 1, "11:30", "12:30",
                List.of(marc), null, null, null, new Description(
                        "Ce que l'on retient de ces deux jours et les chantiers à ouvrir ensemble.",
                        "What we take away from these two days and the work to start together."));
        releases.publish();
        log.info("Seeded and published the demo edition (NEC_DEMO=false to start empty)");
    }

    private String room(String name, int capacity, String opensAt, String closesAt) {
        return rooms.create(new Rooms.RoomRequest(name, capacity, null, opensAt, closesAt)).id();
    }

    private String person(String name, String organisation) {
        return people.create(new People.PersonRequest(name, organisation, null)).id();
    }

    private String track(String fr, String en, String color) {
        return tracks.create(new Tracks.TrackRequest(new Text(fr, en), color)).id();
    }

    private void session(String fr, String en, SessionType type, String room, int day, String from, String to,
                         List<String> speakers, String moderator, Integer capacity, String track,
                         Description description) {
        sessions.create(new SessionRequest(new Text(fr, en), type, room, at(day, from), at(day, to), speakers,
                moderator, capacity, capacity != null, track, description));
    }

    private static OffsetDateTime at(int day, String time) {
        return FIRST_DAY.plusDays(day).atTime(LocalTime.parse(time)).atZone(EditionZone.DEFAULT).toOffsetDateTime();
    }
}
