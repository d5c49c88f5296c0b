package org.nec.notification.seat;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** Reads and forgets seat copies; {@link SeatCopies} keeps them in step with the seat events. */
interface SeatCopyRepository extends CrudRepository<SeatCopy, String> {

    List<SeatCopy> findByRegistrationId(String registrationId);

    List<SeatCopy> findBySessionId(String sessionId);

    void deleteByRegistrationId(String registrationId);
}
