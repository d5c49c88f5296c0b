package org.nec.agenda.attendee;

import java.util.List;

import org.nec.platform.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AttendeeController {

    private final AttendeeProjection attendees;

    AttendeeController(AttendeeProjection attendees) {
        this.attendees = attendees;
    }

    /** Confirmed attendees as agenda-service knows them (for the organiser). */
    @GetMapping("/api/admin/attendees")
    ResponseEntity<List<AttendeeView>> list(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(attendees.all().stream().map(AttendeeView::of).toList());
    }

    record AttendeeView(String registrationId, String firstName, String lastName, String organisation,
                        String ticketType, String language, String status) {

        static AttendeeView of(Attendee a) {
            return new AttendeeView(a.registrationId(), a.firstName(), a.lastName(), a.organisation(),
                    a.ticketType(), a.language(), a.status());
        }
    }
}
