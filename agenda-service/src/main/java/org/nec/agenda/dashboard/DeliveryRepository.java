package org.nec.agenda.dashboard;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DeliveryRepository extends MongoRepository<Deliveries.Delivery, String> {
}
