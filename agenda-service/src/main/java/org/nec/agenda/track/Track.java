package org.nec.agenda.track;

import org.nec.agenda.edition.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A theme that runs through the programme; {@code color} ({@code #RRGGBB}) is for conference apps. */
@Document("tracks")
public record Track(@Id String id, Text name, String color) {

    static final String NAME = "name";
    static final String COLOR = "color";
}
