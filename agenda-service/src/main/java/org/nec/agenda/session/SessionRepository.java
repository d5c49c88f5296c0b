package org.nec.agenda.session;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SessionRepository extends MongoRepository<Session, String> {

    long countByTrackIdAndCancelledFalse(String trackId);
}
