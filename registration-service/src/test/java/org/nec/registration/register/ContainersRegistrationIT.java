package org.nec.registration.register;

import org.nec.testing.ContainersInfrastructure;
import org.springframework.context.annotation.Import;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
@Import(ContainersInfrastructure.class)
class ContainersRegistrationIT extends RegistrationScenarios {
}
