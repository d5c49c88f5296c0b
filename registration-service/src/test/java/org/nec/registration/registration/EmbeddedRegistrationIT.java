package org.nec.registration.registration;

import org.nec.testing.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EmbeddedRegistrationIT extends RegistrationScenarios {
}
