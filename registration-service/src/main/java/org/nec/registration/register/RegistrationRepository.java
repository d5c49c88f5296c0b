package org.nec.registration.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Creating and reading registrations; every change of one goes through {@link RegistrationStore}. */
public interface RegistrationRepository extends MongoRepository<Registration, String> {

    /** The active registration of a normalised address, if any (at most one: a unique index). */
    Optional<Registration> findByActiveEmail(String activeEmail);

    Optional<Registration> findByIdempotencyKey(String idempotencyKey);

    List<Registration> findByStatusAndCreatedAtBefore(RegistrationStatus status, Instant before, Limit limit);

    List<Registration> findByStatusNot(RegistrationStatus status, Limit limit);
}
