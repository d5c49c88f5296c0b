package org.nec.registration.register;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedRegistrationIT extends RegistrationScenarios {
}
