package org.nec.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nec.notification.message.MessageType;

/** Every message renders in French and English, HTML and text, with no text missing. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    static Stream<Arguments> everyMessage() {
        return Stream.of(MessageType.values()).flatMap(type -> Stream.of(Arguments.of(type, Locale.FRENCH),
                Arguments.of(type, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyMessage")
    void rendersWithEveryText(MessageType type, Locale locale) {
        Map<String, Object> model = Map.of("firstName", "Aïcha", "manageUrl", "http://x/manage", "position", 3,
                "checkInCode", "NEC1.x.y", "editionName", "NEC 2026", "sessionTitle", "Atelier",
                "sessionStart", "jeudi", "sessionRoom", "Salle", "unsubscribeUrl", "http://x/unsubscribe",
                "sessions", List.of(Map.of("title", "Atelier", "start", "jeudi", "room", "Salle", "cancelled", false),
                        Map.of("title", "Table ronde", "start", "vendredi", "room", "Salle", "cancelled", true)));

        var mail = templates.render(type.template(), locale, model);

        assertThat(templates.subject(type.template(), locale)).isNotBlank();
        assertThat(mail.html()).contains("Aïcha").doesNotContain("??");
        assertThat(mail.text()).contains("Aïcha").doesNotContain("??");
        assertThat(mail.html()).contains("lang=\"" + locale.getLanguage() + "\"");
        if (type.isReminder()) {
            assertThat(mail.html()).contains("href=\"http://x/unsubscribe\"");
            assertThat(mail.text()).contains("http://x/unsubscribe");
        }
        if (type == MessageType.SCHEDULE_CHANGED) {
            assertThat(mail.text()).contains("Atelier", "Table ronde",
                    locale == Locale.FRENCH ? "Annulée" : "Cancelled");
        }
    }
}
