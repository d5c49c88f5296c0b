package org.nec.registration.tickettype;

/**
 * A registration no longer holds a seat or a place in line of this ticket type (cancelled, erased, or found so by the
 * reconciler): whatever it held with it, such as an invitation's use, can go back.
 */
public record PlaceReleased(String ticketType, String registrationId) {
}
