package org.nec.registration.voucher;

import java.time.Instant;
import java.util.List;

/** An invitation code as the organiser sees it: how often it may be used, how often it was, and by whom. */
record VoucherView(String code, String ticketType, String label, int quota, int used, int remaining,
                   boolean revoked, Instant createdAt, List<String> registrationIds) {

    static VoucherView of(Voucher voucher) {
        return new VoucherView(voucher.code(), voucher.ticketType(), voucher.label(), voucher.quota(), voucher.used(),
                voucher.remaining(), voucher.revoked(), voucher.createdAt(), voucher.registrations());
    }
}
