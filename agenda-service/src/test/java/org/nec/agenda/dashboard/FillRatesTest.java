package org.nec.agenda.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nec.agenda.attendee.Attendee;

class FillRatesTest {

    private static Attendee attendee(String ticket, String status) {
        return new Attendee(java.util.UUID.randomUUID().toString(), "P", "N", null, null, ticket, "fr", status,
                null, null, null, null, null);
    }

    @Test
    void ticketTypesCountConfirmedAndWaitlistedAgainstTheLargestCount() {
        var fills = FillRates.tickets(List.of(attendee("MEMBER", "CONFIRMED"), attendee("MEMBER", "CONFIRMED"),
                attendee("MEMBER", "WAITLISTED"), attendee("STUDENT", "CONFIRMED"),
                attendee("STUDENT", "CANCELLED")));

        assertThat(fills).extracting(FillRates.TicketFill::ticketType).containsExactly("MEMBER", "STUDENT");
        assertThat(fills.get(0).confirmedWidth()).isEqualTo(100);
        assertThat(fills.get(0).waitlistedWidth()).isEqualTo(50);
        assertThat(fills.get(1).confirmedWidth()).isEqualTo(50);
    }

    @Test
    void aBarNeverOverflowsItsChart() {
        assertThat(FillRates.widthOf(30, 20)).isEqualTo(100);
        assertThat(FillRates.widthOf(3, 0)).isZero();
    }
}
