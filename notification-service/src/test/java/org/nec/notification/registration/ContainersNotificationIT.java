package org.nec.notification.registration;

import org.nec.testing.ContainersInfrastructure;
import org.springframework.context.annotation.Import;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
@Import(ContainersInfrastructure.class)
class ContainersNotificationIT extends NotificationScenarios {
}
