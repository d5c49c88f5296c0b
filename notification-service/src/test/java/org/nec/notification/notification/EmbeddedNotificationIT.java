package org.nec.notification.notification;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedNotificationIT extends NotificationScenarios {
}
