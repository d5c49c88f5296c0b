package org.nec.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTypesTest {

    record Person(String firstName, int seats, double ratio, boolean consent, Language language) {
    }

    enum Language { FR, EN }

    private final JsonMapper json = strict();

    @Test
    void wellTypedValuesAreRead() {
        Person person = json.readValue(
                "{\"firstName\":\"Aïcha\",\"seats\":2,\"ratio\":0.5,\"consent\":true,\"language\":\"EN\"}",
                Person.class);

        assertThat(person).isEqualTo(new Person("Aïcha", 2, 0.5, true, Language.EN));
    }

    @Test
    void numbersAndBooleansAreNotTakenAsText() {
        assertRefusedAt("{\"firstName\":12345}", "firstName");
        assertRefusedAt("{\"firstName\":1.5}", "firstName");
        assertRefusedAt("{\"firstName\":true}", "firstName");
    }

    @Test
    void textIsNotTakenAsANumberOrABoolean() {
        assertRefusedAt("{\"seats\":\"30\"}", "seats");
        assertRefusedAt("{\"ratio\":\"0.5\"}", "ratio");
        assertRefusedAt("{\"consent\":\"true\"}", "consent");
        assertRefusedAt("{\"consent\":1}", "consent");
        assertRefusedAt("{\"seats\":2.5}", "seats");
        assertRefusedAt("{\"language\":1}", "language");
    }

    private void assertRefusedAt(String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Person.class)).isInstanceOf(DatabindException.class)
                .satisfies(e -> assertThat(Problems.wrongType((DatabindException) e).field()).isEqualTo(field));
    }

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonTypes().customize(builder);
        return builder.build();
    }
}
