package org.nec.agenda.track;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.nec.agenda.session.Text;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackController {

    private final MongoTemplate mongo;

    TrackController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/api/admin/tracks")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody TrackRequest request) {
        Track track = mongo.insert(new Track(UUID.randomUUID().toString(), request.name(), request.color()));
        return ResponseEntity.created(URI.create("/api/tracks/" + track.id())).body(Map.of("id", track.id()));
    }

    @GetMapping({"/api/tracks", "/api/admin/tracks"})
    List<Track> list() {
        return mongo.find(new Query().with(Sort.by("name.fr")), Track.class);
    }

    record TrackRequest(@NotNull @Valid Text name,
                        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #1f4e3d") String color) {
    }
}
