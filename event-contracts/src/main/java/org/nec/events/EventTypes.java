package org.nec.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SeatWaitlisted;
import org.nec.events.agenda.SessionChanged;
import org.nec.events.notification.NotificationFailed;
import org.nec.events.notification.NotificationSent;
import org.nec.events.person.PersonKeyIssued;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationCheckedIn;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;

/** Registry of every event type of the platform: its stable wire name and payload record. */
public final class EventTypes {

    private static final List<EventType> ALL = List.of(
            new EventType("RegistrationConfirmed", RegistrationConfirmed.class, 3),
            new EventType("RegistrationWaitlisted", RegistrationWaitlisted.class, 3),
            new EventType("RegistrationPromoted", RegistrationPromoted.class, 3),
            new EventType("RegistrationUpdated", RegistrationUpdated.class, 2),
            new EventType("RegistrationCancelled", RegistrationCancelled.class, 2),
            new EventType("RegistrationCheckedIn", RegistrationCheckedIn.class, 1),
            new EventType("RegistrationErased", RegistrationErased.class, 1),
            new EventType("ManageLinkReissued", ManageLinkReissued.class, 3),
            new EventType("PersonKeyIssued", PersonKeyIssued.class, 1),
            new EventType("SchedulePublished", SchedulePublished.class, 1),
            new EventType("SessionChanged", SessionChanged.class, 1),
            new EventType("SeatConfirmed", SeatConfirmed.class, 1),
            new EventType("SeatWaitlisted", SeatWaitlisted.class, 1),
            new EventType("SeatPromoted", SeatPromoted.class, 1),
            new EventType("SeatReleased", SeatReleased.class, 1),
            new EventType("NotificationSent", NotificationSent.class, 1),
            new EventType("NotificationFailed", NotificationFailed.class, 1));

    private static final Map<String, EventType> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private EventTypes() {
    }

    public static EventType of(Class<?> payloadType) {
        EventType type = BY_CLASS.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException("Not a registered event type: " + payloadType.getName());
        }
        return type;
    }

    public static Optional<EventType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
