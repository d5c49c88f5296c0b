package org.nec.agenda.room;

import java.time.LocalTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A room of the venue. {@code opensAt} and {@code closesAt} ({@code HH:mm}, either may be missing) are its
 * opening hours, the same every day of the edition, in the edition's time zone.
 */
@Document("rooms")
public record Room(@Id String id, String name, int capacity, String accessibility, String opensAt,
                   String closesAt) {

    static final String OPENS_AT = "opensAt";
    static final String CLOSES_AT = "closesAt";

    /** A time of day as rooms take it: {@code 09:00}. */
    public static final String TIME_OF_DAY = "([01][0-9]|2[0-3]):[0-5][0-9]";

    public LocalTime opens() {
        return opensAt == null ? null : LocalTime.parse(opensAt);
    }

    public LocalTime closes() {
        return closesAt == null ? null : LocalTime.parse(closesAt);
    }

    /** {@code 09:00–18:00}, {@code 09:00–} or {@code –18:00}; null when the room keeps no hours. */
    public String hours() {
        if (opensAt == null && closesAt == null) {
            return null;
        }
        return (opensAt == null ? "" : opensAt) + "–" + (closesAt == null ? "" : closesAt);
    }
}
