package org.nec.agenda.room;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoomController {

    private final MongoTemplate mongo;

    RoomController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/api/admin/rooms")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody RoomRequest request) {
        Room room = mongo.insert(new Room(UUID.randomUUID().toString(), request.name(), request.capacity(),
                request.accessibility()));
        return ResponseEntity.created(URI.create("/api/rooms/" + room.id())).body(Map.of("id", room.id()));
    }

    @GetMapping("/api/rooms")
    List<Room> list() {
        return mongo.find(new Query().with(Sort.by("name")), Room.class);
    }

    record RoomRequest(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(10_000) Integer capacity,
                       @Size(max = 500) String accessibility) {
    }
}
