package org.nec.agenda.person;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonController {

    private final MongoTemplate mongo;

    PersonController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/api/admin/people")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody PersonRequest request) {
        Person person = mongo.insert(new Person(UUID.randomUUID().toString(), request.name(), request.organisation(),
                request.email()));
        return ResponseEntity.created(URI.create("/api/people/" + person.id())).body(Map.of("id", person.id()));
    }

    record PersonRequest(@NotBlank @Size(max = 150) String name, @Size(max = 200) String organisation,
                         @Email @Size(max = 254) String email) {
    }
}
