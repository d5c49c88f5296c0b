package org.nec.registration.tickettype;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Creating and reading ticket types; their quota changes go through {@link TicketTypes}. */
interface TicketTypeRepository extends MongoRepository<TicketType, String> {
}
