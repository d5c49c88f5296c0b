package org.nec.agenda.track;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.Text;
import org.nec.platform.web.Problems;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

    /** Renames or recolours a track; sessions in it show the change from the next release on. */
    @PutMapping("/api/admin/tracks/{id}")
    Track change(@PathVariable String id, @Valid @RequestBody TrackRequest request) {
        Track track = new Track(id, request.name(), request.color());
        if (mongo.updateFirst(query(where("_id").is(id)), new Update().set("name", track.name())
                .set("color", track.color()), Track.class).getMatchedCount() == 0) {
            throw Problems.notFound("No track " + id + ".");
        }
        return track;
    }

    /**
     * Removes a track no draft session runs in any more (409 otherwise, naming how many do). Releases already
     * published keep the track as it was.
     */
    @DeleteMapping("/api/admin/tracks/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        long inUse = mongo.count(query(where("trackId").is(id).and("cancelled").is(false)), Session.class);
        if (inUse > 0) {
            throw Problems.conflict(inUse + " session" + (inUse == 1 ? " runs" : "s run") + " in track " + id
                    + ": move " + (inUse == 1 ? "it" : "them") + " to another track first.");
        }
        if (mongo.remove(query(where("_id").is(id)), Track.class).getDeletedCount() == 0) {
            throw Problems.notFound("No track " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/api/tracks", "/api/admin/tracks"})
    List<Track> list() {
        return mongo.find(new Query().with(Sort.by("name.fr")), Track.class);
    }

    record TrackRequest(@NotNull @Valid Text name,
                        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour such as #1f4e3d") String color) {
    }
}
