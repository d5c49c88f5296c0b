package org.nec.agenda.person;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A speaker or moderator. */
@Document("people")
public record Person(@Id String id, String name, String organisation, String email) {
}
