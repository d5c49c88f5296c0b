package org.nec.events.agenda;

/** How a published session changed against the previous release. */
public enum SessionChange {

    /** New in this release. */
    ADDED,
    /** Its time or its room changed. */
    MOVED,
    /** Anything else about it changed (title, speakers, capacity...). */
    UPDATED,
    /** Taken off the programme. */
    CANCELLED
}
