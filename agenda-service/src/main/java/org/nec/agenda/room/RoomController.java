package org.nec.agenda.room;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoomController {

    private static final String TIME_MESSAGE = "must be a time of day such as 09:00";

    private final MongoTemplate mongo;

    RoomController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/api/admin/rooms")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody RoomRequest request) {
        checkOrder(request.opensAt(), request.closesAt());
        Room room = mongo.insert(new Room(UUID.randomUUID().toString(), request.name(), request.capacity(),
                request.accessibility(), request.opensAt(), request.closesAt()));
        return ResponseEntity.created(URI.create("/api/rooms/" + room.id())).body(Map.of("id", room.id()));
    }

    /** Sets the room's opening hours; a missing time means open from the start or until the end of the day. */
    @PutMapping("/api/admin/rooms/{id}/hours")
    Room hours(@PathVariable String id, @Valid @RequestBody HoursRequest request) {
        checkOrder(request.opensAt(), request.closesAt());
        Room room = mongo.findAndModify(query(where("_id").is(id)), new Update().set("opensAt", request.opensAt())
                .set("closesAt", request.closesAt()), FindAndModifyOptions.options().returnNew(true), Room.class);
        if (room == null) {
            throw Problems.notFound("No room " + id + ".");
        }
        return room;
    }

    @GetMapping("/api/rooms")
    List<Room> list() {
        return mongo.find(new Query().with(Sort.by("name")), Room.class);
    }

    private static void checkOrder(String opensAt, String closesAt) {
        // HH:mm texts sort as the times they name
        if (opensAt != null && closesAt != null && closesAt.compareTo(opensAt) <= 0) {
            throw Problems.invalid(List.of(new FieldProblem("closesAt", "must be after opensAt")));
        }
    }

    record RoomRequest(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(10_000) Integer capacity,
                       @Size(max = 500) String accessibility,
                       @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String opensAt,
                       @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String closesAt) {
    }

    record HoursRequest(@Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String opensAt,
                        @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String closesAt) {
    }
}
