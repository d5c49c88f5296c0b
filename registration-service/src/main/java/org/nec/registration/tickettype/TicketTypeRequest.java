package org.nec.registration.tickettype;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record TicketTypeRequest(@NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,40}",
                                 message = "must be 1 to 40 capital letters, digits, - or _") String code,
                         @NotNull @Valid LocalizedText label,
                         @NotNull @Min(0) @Max(100_000) Integer capacity,
                         Boolean restricted) {

    /** The shape the console and older clients send: an open ticket type. */
    TicketTypeRequest(String code, LocalizedText label, Integer capacity) {
        this(code, label, capacity, null);
    }
}
