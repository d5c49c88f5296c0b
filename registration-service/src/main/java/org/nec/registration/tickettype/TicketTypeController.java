package org.nec.registration.tickettype;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TicketTypeController {

    private final TicketTypes ticketTypes;
    private final ApplicationEventPublisher events;

    TicketTypeController(TicketTypes ticketTypes, ApplicationEventPublisher events) {
        this.ticketTypes = ticketTypes;
        this.events = events;
    }

    @GetMapping("/api/ticket-types")
    List<TicketTypeView> list() {
        return ticketTypes.all().stream().map(TicketTypeView::of).toList();
    }

    @PostMapping("/api/admin/ticket-types")
    ResponseEntity<TicketTypeView> create(@Valid @RequestBody TicketTypeRequest request) {
        TicketType created = ticketTypes.create(request.code(), request.label(), request.capacity(),
                Boolean.TRUE.equals(request.restricted()));
        return ResponseEntity.created(URI.create("/api/ticket-types/" + created.code()))
                .body(TicketTypeView.of(created));
    }

    @PutMapping("/api/admin/ticket-types/{code}")
    TicketTypeView changeCapacity(@PathVariable String code, @Valid @RequestBody CapacityRequest request) {
        ticketTypes.changeCapacity(code, request.capacity());
        if (request.restricted() != null) {
            ticketTypes.restrict(code, request.restricted());
        }
        events.publishEvent(new SeatsFreed(code));
        return TicketTypeView.of(ticketTypes.find(code).orElseThrow());
    }
}
