package org.nec.agenda.room;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The venue's rooms, for the JSON API and the console pages alike; requests are validated before they come. */
@Service
public class Rooms {

    static final String TIME_MESSAGE = "must be a time of day such as 09:00";

    private final RoomRepository rooms;
    private final MongoTemplate mongo;

    Rooms(RoomRepository rooms, MongoTemplate mongo) {
        this.rooms = rooms;
        this.mongo = mongo;
    }

    public Room create(RoomRequest request) {
        checkOrder(request.opensAt(), request.closesAt());
        return rooms.insert(new Room(UUID.randomUUID().toString(), request.name(), request.capacity(),
                request.accessibility(), request.opensAt(), request.closesAt()));
    }

    /**
     * Sets the room's opening hours, in one update that finds the room or nothing; a missing time means open from
     * the start or until the end of the day.
     */
    public Room hours(String id, HoursRequest request) {
        checkOrder(request.opensAt(), request.closesAt());
        Room room = mongo.findAndModify(query(where("_id").is(id)), new Update().set(Room.OPENS_AT, request.opensAt())
                .set(Room.CLOSES_AT, request.closesAt()), FindAndModifyOptions.options().returnNew(true), Room.class);
        if (room == null) {
            throw Problems.notFound("No room " + id + ".");
        }
        return room;
    }

    public List<Room> all() {
        return rooms.findAll(Sort.by("name"));
    }

    public Map<String, Room> byId() {
        return rooms.findAll().stream().collect(Collectors.toMap(Room::id, Function.identity()));
    }

    public boolean exists(String id) {
        return mongo.findById(id, Room.class) != null;
    }

    private static void checkOrder(String opensAt, String closesAt) {
        // HH:mm texts sort as the times they name
        if (opensAt != null && closesAt != null && closesAt.compareTo(opensAt) <= 0) {
            throw Problems.invalid(List.of(new FieldProblem("closesAt", "must be after opensAt")));
        }
    }

    public record RoomRequest(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(10_000) Integer capacity,
                              @Size(max = 500) String accessibility,
                              @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String opensAt,
                              @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String closesAt) {
    }

    public record HoursRequest(@Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String opensAt,
                               @Pattern(regexp = Room.TIME_OF_DAY, message = TIME_MESSAGE) String closesAt) {
    }
}
