package org.nec.registration.voucher;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Creating and reading invitation codes; their uses change through {@link Vouchers}. */
interface VoucherRepository extends MongoRepository<Voucher, String> {

    List<Voucher> findByTicketType(String ticketType, Sort sort);
}
