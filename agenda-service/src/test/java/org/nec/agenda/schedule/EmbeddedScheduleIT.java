package org.nec.agenda.schedule;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedScheduleIT extends ScheduleScenarios {
}
