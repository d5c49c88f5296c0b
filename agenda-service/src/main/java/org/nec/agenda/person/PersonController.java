package org.nec.agenda.person;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.nec.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonController {

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @PostMapping("/api/admin/people")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody People.PersonRequest request) {
        Person person = people.create(request);
        return ResponseEntity.created(URI.create("/api/people/" + person.id())).body(Map.of("id", person.id()));
    }

    @GetMapping("/api/admin/people")
    ResponseEntity<List<Person>> list(@RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(people.all());
    }
}
