package org.nec.agenda.room;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("rooms")
public record Room(@Id String id, String name, int capacity, String accessibility) {
}
