package org.nec.agenda.signup;

import org.nec.agenda.schedule.PublishedSession;

/** A published session the attendee holds a seat or a place in line in. */
public record HeldSession(PublishedSession session, Signup signup) {
}
