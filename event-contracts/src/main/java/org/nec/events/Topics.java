package org.nec.events;

import java.util.List;

/** Topic names of the platform. Stable words, keyed by aggregate id; never Java class names. */
public final class Topics {

    public static final String REGISTRATION = "registration.events";
    public static final String AGENDA = "agenda.events";
    public static final String NOTIFICATION = "notification.events";

    /**
     * Each registration's own key for the personal fields of its events, sealed for each consumer; compacted, so
     * that the tombstone erasure writes removes the key from the topic and the events become unreadable.
     */
    public static final String PERSON_KEYS = "registration.person-keys";

    public static final List<String> ALL = List.of(REGISTRATION, AGENDA, NOTIFICATION);

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** Where records that cannot be processed on {@code topic} are parked for an operator. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
