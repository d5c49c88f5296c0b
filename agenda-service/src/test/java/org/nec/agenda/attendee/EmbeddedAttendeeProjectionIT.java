package org.nec.agenda.attendee;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedAttendeeProjectionIT extends AttendeeProjectionScenarios {
}
