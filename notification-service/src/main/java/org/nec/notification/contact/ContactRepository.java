package org.nec.notification.contact;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** Reads and forgets contacts; {@link Contacts} keeps them in step with the registration events. */
interface ContactRepository extends CrudRepository<Contact, String> {

    List<Contact> findByStatus(String status);
}
