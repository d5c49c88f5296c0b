package org.nec.notification.registration;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedNotificationIT extends NotificationScenarios {
}
