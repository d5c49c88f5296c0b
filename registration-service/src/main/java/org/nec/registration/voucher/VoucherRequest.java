package org.nec.registration.voucher;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new invitation code: for which ticket type, how many registrations it admits (1 when not given: one person),
 * and a label for the organiser ("Intervenant·es table ronde 3").
 */
record VoucherRequest(@NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,40}", message = "must be a ticket type code")
                      String ticketType,
                      @Min(1) @Max(10_000) Integer uses,
                      @Size(max = 120) @Pattern(regexp = "[^\\p{Cc}]*", message = "must not contain control characters")
                      String label) {

    VoucherRequest {
        label = label == null || label.isBlank() ? null : label.strip();
    }

    int usesOrOne() {
        return uses == null ? 1 : uses;
    }
}
