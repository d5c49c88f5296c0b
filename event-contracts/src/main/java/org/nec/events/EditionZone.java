package org.nec.events;

import java.time.ZoneId;

/** The time zone the event's times are shown in when its edition names none: the first edition's, Paris. */
public final class EditionZone {

    /** For annotations, which take constants only. */
    public static final String DEFAULT_ID = "Europe/Paris";
    public static final ZoneId DEFAULT = ZoneId.of(DEFAULT_ID);

    private EditionZone() {
    }

    /** {@code zone}, or the default when there is none. */
    public static ZoneId orDefault(ZoneId zone) {
        return zone == null ? DEFAULT : zone;
    }
}
