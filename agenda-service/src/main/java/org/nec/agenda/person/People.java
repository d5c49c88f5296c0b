package org.nec.agenda.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Speakers and moderators, for the JSON API and the console pages alike. */
@Service
public class People {

    private final PersonRepository people;

    People(PersonRepository people) {
        this.people = people;
    }

    public Person create(PersonRequest request) {
        return people.insert(new Person(UUID.randomUUID().toString(), request.name(), request.organisation(),
                request.email()));
    }

    public List<Person> all() {
        return people.findAll(Sort.by("name"));
    }

    public Map<String, Person> byId() {
        return people.findAll().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public boolean exists(String id) {
        return people.existsById(id);
    }

    public record PersonRequest(@NotBlank @Size(max = 150) String name, @Size(max = 200) String organisation,
                                @Email @Size(max = 254) String email) {
    }
}
