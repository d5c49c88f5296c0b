package org.nec.agenda.person;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Speakers and moderators, for the JSON API and the console pages alike. */
@Service
public class People {

    private final MongoTemplate mongo;

    People(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Person create(PersonRequest request) {
        return mongo.insert(new Person(UUID.randomUUID().toString(), request.name(), request.organisation(),
                request.email()));
    }

    public List<Person> all() {
        return mongo.find(new Query().with(Sort.by("name")), Person.class);
    }

    public record PersonRequest(@NotBlank @Size(max = 150) String name, @Size(max = 200) String organisation,
                                @Email @Size(max = 254) String email) {
    }
}
