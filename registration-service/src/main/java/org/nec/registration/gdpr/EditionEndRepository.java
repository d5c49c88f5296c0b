package org.nec.registration.gdpr;

import org.springframework.data.repository.CrudRepository;

/** Reads the edition's end as last learnt; {@link EditionEndListener} writes it, conditionally. */
interface EditionEndRepository extends CrudRepository<EditionEnd, String> {
}
