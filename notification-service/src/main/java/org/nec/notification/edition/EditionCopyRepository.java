package org.nec.notification.edition;

import org.springframework.data.repository.CrudRepository;

/** Reads the edition's copy; {@link EditionCopies} keeps it in step with the releases. */
interface EditionCopyRepository extends CrudRepository<EditionCopy, String> {
}
