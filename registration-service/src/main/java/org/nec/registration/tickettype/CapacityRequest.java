package org.nec.registration.tickettype;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A ticket type's new capacity and, when given, whether it takes an invitation code from now on. */
record CapacityRequest(@NotNull @Min(0) @Max(100_000) Integer capacity, Boolean restricted) {

    CapacityRequest(Integer capacity) {
        this(capacity, null);
    }
}
