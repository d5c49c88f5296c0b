package org.nec.events.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nec.events.DomainEvent;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationCheckedIn;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;

class PersonalFieldsTest {

    private static final List<DomainEvent> EVENTS = List.of(
            new RegistrationConfirmed("r1", "Aïcha", "Martin", "aicha@example.org", "Coop", "MEMBER", "fr", null,
                    "hash", null, "S1.a", "S1.b"),
            new RegistrationWaitlisted("r1", "Aïcha", "Martin", "aicha@example.org", "Coop", "MEMBER", "fr", null,
                    "hash", 2, "S1.a"),
            new RegistrationPromoted("r1", "Aïcha", "aicha@example.org", "MEMBER", "fr", null, "S1.b"),
            new RegistrationUpdated("r1", "Aïcha", "Martin", "aicha@example.org", "Coop", "en"),
            new RegistrationCancelled("r1", "Aïcha", "aicha@example.org", "MEMBER", "fr"),
            new ManageLinkReissued("r1", "Aïcha", "aicha@example.org", "fr", null, "hash", "old",
                    Instant.parse("2026-11-28T09:30:00Z"), "S1.a"));

    @Test
    void everyPersonalFieldIsEncryptedAndComesBackWithTheKey() {
        PersonKey key = PersonKey.generate();
        for (DomainEvent event : EVENTS) {
            DomainEvent sealed = PersonalFields.seal(event, key);

            assertThat(PersonalFields.sealed(sealed)).isTrue();
            assertThat(sealed.toString()).doesNotContain("Aïcha", "Martin", "aicha@example.org", "Coop")
                    .contains("r1");
            assertThat(PersonalFields.open(sealed, key)).isEqualTo(event);
        }
    }

    @Test
    void anotherPersonsKeyOrAnotherEventTypeOpensNothing() {
        DomainEvent sealed = PersonalFields.seal(EVENTS.get(0), PersonKey.generate());

        assertThatThrownBy(() -> PersonalFields.open(sealed, PersonKey.generate()))
                .isInstanceOf(IllegalArgumentException.class);
        PersonKey key = PersonKey.generate();
        DomainEvent mine = PersonalFields.seal(EVENTS.get(0), key);
        String personal = ((RegistrationConfirmed) mine).personal();
        assertThatThrownBy(() -> PersonalFields.open(new RegistrationUpdated("r1", null, null, null, null, "fr",
                personal), key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalFields.open(new RegistrationConfirmed("r2", null, null, null, null,
                "MEMBER", "fr", null, "hash", null, null, null, personal), key))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsWithoutPersonalDataAndEventsInClearPassThrough() {
        PersonKey key = PersonKey.generate();
        var checkedIn = new RegistrationCheckedIn("r1", Instant.parse("2026-11-28T09:30:00Z"));

        assertThat(PersonalFields.seal(checkedIn, key)).isSameAs(checkedIn);
        assertThat(PersonalFields.open(EVENTS.get(3), key)).isSameAs(EVENTS.get(3));
        assertThat(PersonKey.decode(key.encoded())).isEqualTo(key);
    }
}
