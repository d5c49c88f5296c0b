package org.nec.notification.digest;

import org.nec.testing.ContainersInfrastructure;
import org.springframework.context.annotation.Import;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
@Import(ContainersInfrastructure.class)
class ContainersScheduleChangeIT extends ScheduleChangeScenarios {
}
