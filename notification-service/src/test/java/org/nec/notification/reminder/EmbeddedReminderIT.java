package org.nec.notification.reminder;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedReminderIT extends ReminderScenarios {
}
