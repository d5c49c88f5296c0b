package org.nec.registration.tickettype;

/** Seats of a ticket type became free (capacity raised): whoever handles the waiting list should promote. */
public record SeatsFreed(String ticketType) {
}
