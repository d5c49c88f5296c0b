package org.nec.registration.voucher;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation code for a restricted ticket type, usable {@code quota} times. {@code remaining} counts the uses
 * left and {@code registrations} the registrations holding one, so using it and giving a use back are each one
 * conditional update of this one document. The code is stored in capitals, as every code is compared.
 */
@Document("vouchers")
public record Voucher(@Id String code, String ticketType, String label, int quota, int remaining,
                      List<String> registrations, boolean revoked, Instant createdAt) {

    public int used() {
        return quota - remaining;
    }
}
