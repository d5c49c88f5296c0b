package org.nec.registration.tickettype;

/**
 * Seats of a ticket type may be free for the line (capacity raised, or one freed while a registration was joining
 * the line): whoever handles the waiting list should promote. Published and handled in the same thread.
 */
public record SeatsFreed(String ticketType) {
}
