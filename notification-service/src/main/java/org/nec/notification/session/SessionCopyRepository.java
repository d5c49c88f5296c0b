package org.nec.notification.session;

import org.springframework.data.repository.CrudRepository;

/** Reads the session copies; {@link SessionCopies} keeps them in step with the releases. */
interface SessionCopyRepository extends CrudRepository<SessionCopy, String> {
}
