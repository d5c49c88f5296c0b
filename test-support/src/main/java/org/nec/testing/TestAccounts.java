package org.nec.testing;

/** Accounts the test contexts are configured with. */
public final class TestAccounts {

    public static final String ORGANISER = "organiser";
    public static final String ORGANISER_PASSWORD = "organiser-test-password";

    private TestAccounts() {
    }
}
