package org.nec.agenda.session;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something wrong with the draft programme: {@code code} names the rule, {@code sessionIds} the sessions,
 * {@code message} says it in English for the API. {@code arguments} are what the pages' localised message for the
 * code names (a {@link org.nec.agenda.edition.Text} is shown in the reader's language); the API leaves them out.
 */
public record Conflict(String code, String message, List<String> sessionIds, @JsonIgnore List<Object> arguments) {

    public Conflict(String code, String message, List<String> sessionIds) {
        this(code, message, sessionIds, List.of());
    }

    public static final String ROOM_DOUBLE_BOOKED = "ROOM_DOUBLE_BOOKED";
    public static final String PERSON_DOUBLE_BOOKED = "PERSON_DOUBLE_BOOKED";
    public static final String OUTSIDE_EDITION = "OUTSIDE_EDITION";
    public static final String CAPACITY_ABOVE_ROOM = "CAPACITY_ABOVE_ROOM";
    public static final String ROUNDTABLE_WITHOUT_MODERATOR = "ROUNDTABLE_WITHOUT_MODERATOR";
    /** Starts before its room opens or ends after it closes (a warning: rooms can be opened earlier). */
    public static final String OUTSIDE_ROOM_HOURS = "OUTSIDE_ROOM_HOURS";

    /** The conflicts that forbid publishing: nobody can be in two places at once. */
    public boolean blocksPublishing() {
        return ROOM_DOUBLE_BOOKED.equals(code) || PERSON_DOUBLE_BOOKED.equals(code);
    }

    public boolean concerns(String sessionId) {
        return sessionIds.contains(sessionId);
    }
}
