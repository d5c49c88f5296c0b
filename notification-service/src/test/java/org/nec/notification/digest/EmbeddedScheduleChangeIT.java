package org.nec.notification.digest;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedScheduleChangeIT extends ScheduleChangeScenarios {
}
