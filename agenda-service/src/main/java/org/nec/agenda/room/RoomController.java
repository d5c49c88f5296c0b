package org.nec.agenda.room;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoomController {

    private final Rooms rooms;

    RoomController(Rooms rooms) {
        this.rooms = rooms;
    }

    @PostMapping("/api/admin/rooms")
    ResponseEntity<Map<String, String>> create(@Valid @RequestBody Rooms.RoomRequest request) {
        Room room = rooms.create(request);
        return ResponseEntity.created(URI.create("/api/rooms/" + room.id())).body(Map.of("id", room.id()));
    }

    @PutMapping("/api/admin/rooms/{id}/hours")
    Room hours(@PathVariable String id, @Valid @RequestBody Rooms.HoursRequest request) {
        return rooms.hours(id, request);
    }

    @GetMapping("/api/rooms")
    List<Room> list() {
        return rooms.all();
    }
}
