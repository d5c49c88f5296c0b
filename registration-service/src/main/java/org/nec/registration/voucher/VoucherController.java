package org.nec.registration.voucher;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.nec.platform.web.ListPage;
import org.nec.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organiser's invitation codes: create, list with their uses, revoke. */
@RestController
class VoucherController {

    private final Vouchers vouchers;

    VoucherController(Vouchers vouchers) {
        this.vouchers = vouchers;
    }

    @PostMapping("/api/admin/vouchers")
    ResponseEntity<VoucherView> create(@Valid @RequestBody VoucherRequest request) {
        Voucher created = vouchers.create(request.ticketType(), request.usesOrOne(), request.label());
        return ResponseEntity.created(URI.create("/api/admin/vouchers/" + created.code()))
                .body(VoucherView.of(created));
    }

    @GetMapping("/api/admin/vouchers")
    ResponseEntity<List<VoucherView>> list(@RequestParam(required = false) String ticketType,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(vouchers.all(ticketType).stream().map(VoucherView::of).toList());
    }

    @GetMapping("/api/admin/vouchers/{code}")
    VoucherView get(@PathVariable String code) {
        return vouchers.find(code).map(VoucherView::of)
                .orElseThrow(() -> Problems.notFound("No invitation code " + code + "."));
    }

    /** Revoked, not deleted: the uses already made stay visible. */
    @DeleteMapping("/api/admin/vouchers/{code}")
    VoucherView revoke(@PathVariable String code) {
        return VoucherView.of(vouchers.revoke(code));
    }
}
