package org.nec.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void addressesKeepTheirFirstLetterAndDomainOnly() {
        assertThat(PersonalData.masked("550 5.1.1 <aicha.martin@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <a***@example.org>: Recipient address rejected");
        assertThat(PersonalData.masked("to élodie+nec@coop.example.fr and bob@mail.example.org"))
                .isEqualTo("to é***@coop.example.fr and b***@mail.example.org");
    }

    @Test
    void textWithoutAddressesIsLeftAsItIs() {
        assertThat(PersonalData.masked("notification 42 failed @ 10:00")).isEqualTo("notification 42 failed @ 10:00");
        assertThat(PersonalData.masked((String) null)).isNull();
    }

    @Test
    void aFailureIsCopiedWithItsCausesMaskedAndItsStackTraceKept() {
        var cause = new IllegalStateException("E11000 duplicate key { email: \"aicha@example.org\" }");
        var failure = new RuntimeException("Cannot register aicha@example.org", cause);

        Throwable masked = PersonalData.masked(failure);
        StringWriter printed = new StringWriter();
        masked.printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString()).doesNotContain("aicha@example.org")
                .contains("java.lang.RuntimeException: Cannot register a***@example.org",
                        "java.lang.IllegalStateException: E11000 duplicate key { email: \"a***@example.org\" }",
                        "PersonalDataTest.aFailureIsCopiedWithItsCausesMaskedAndItsStackTraceKept");
    }
}
