package org.nec.agenda.attendee;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttendeeRepository extends MongoRepository<Attendee, String> {
}
