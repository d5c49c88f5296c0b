package org.nec.registration.tickettype;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An event without ticket types cannot take a registration: on first start, the usual four are created. The
 * organiser changes their capacities or adds others through the admin API. Speakers' and journalists' places are
 * kept for the people invited: those two types take an invitation code.
 */
@Component
@ConditionalOnProperty(name = "nec.registration.default-ticket-types", havingValue = "true", matchIfMissing = true)
class DefaultTicketTypes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultTicketTypes.class);

    private final TicketTypes ticketTypes;

    DefaultTicketTypes(TicketTypes ticketTypes) {
        this.ticketTypes = ticketTypes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!ticketTypes.all().isEmpty()) {
            // a store from before invitation codes: its speaker and press places become by invitation too
            ticketTypes.restrictUnlessDecided("SPEAKER");
            ticketTypes.restrictUnlessDecided("PRESS");
            return;
        }
        create("MEMBER", "Adhérent·e ESS", "ESS member", 800, false);
        create("NON_MEMBER", "Non adhérent·e", "Non-member", 900, false);
        create("SPEAKER", "Intervenant·e", "Speaker", 150, true);
        create("PRESS", "Presse", "Press", 50, true);
        log.info("Created the default ticket types");
    }

    private void create(String code, String fr, String en, int capacity, boolean restricted) {
        try {
            ticketTypes.create(code, new LocalizedText(fr, en), capacity, restricted);
        } catch (org.springframework.web.ErrorResponseException alreadyThere) {
            // another instance created it first
        }
    }
}
