package org.nec.agenda.schedule;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReleaseRepository extends MongoRepository<Release, Integer> {

    /** The release with the highest version (its id). */
    Optional<Release> findFirstByOrderByVersionDesc();
}
