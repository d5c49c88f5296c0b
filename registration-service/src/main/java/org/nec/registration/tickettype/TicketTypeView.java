package org.nec.registration.tickettype;

/** A ticket type as the public and the organiser see it; {@code restricted}: taken with an invitation code only. */
public record TicketTypeView(String code, LocalizedText label, int capacity, int confirmed, int available,
                             int waitlisted, boolean restricted) {

    static TicketTypeView of(TicketType type) {
        return new TicketTypeView(type.code(), type.label(), type.capacity(), type.confirmed(),
                Math.max(type.available(), 0), type.waitlist().size(), type.isRestricted());
    }
}
