package org.nec.agenda.track;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TrackRepository extends MongoRepository<Track, String> {
}
