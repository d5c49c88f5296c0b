package org.nec.registration.tickettype;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record CapacityRequest(@NotNull @Min(0) @Max(100_000) Integer capacity) {
}
