package org.nec.agenda.track;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.nec.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackController {

    private final Tracks tracks;

    TrackController(Tracks tracks) {
        this.tracks = tracks;
    }

    @PostMapping("/api/admin/tracks")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody Tracks.TrackRequest request) {
        Track track = tracks.create(request);
        return ResponseEntity.created(URI.create("/api/tracks/" + track.id())).body(Map.of("id", track.id()));
    }

    @PutMapping("/api/admin/tracks/{id}")
    Track change(@PathVariable String id, @Valid @RequestBody Tracks.TrackRequest request) {
        return tracks.change(id, request);
    }

    @DeleteMapping("/api/admin/tracks/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        tracks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/api/tracks", "/api/admin/tracks"})
    ResponseEntity<List<Track>> list(@RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(tracks.all());
    }
}
