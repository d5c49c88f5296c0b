package org.nec.notification.agenda;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedScheduleChangeIT extends ScheduleChangeScenarios {
}
