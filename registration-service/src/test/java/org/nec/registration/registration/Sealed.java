package org.nec.registration.registration;

import org.nec.events.seal.SealedSecrets;
import org.nec.testing.TestLinkKeys;

/** Opens, with the tests' private key, what this service sealed for notification-service. */
final class Sealed {

    private Sealed() {
    }

    static String manageUrl(String registrationId, String sealed) {
        return TestLinkKeys.opener().open(sealed, registrationId, SealedSecrets.MANAGE_URL);
    }

    static String checkInCode(String registrationId, String sealed) {
        return TestLinkKeys.opener().open(sealed, registrationId, SealedSecrets.CHECK_IN_CODE);
    }
}
