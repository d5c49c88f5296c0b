package org.nec.agenda.edition;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The one edition document ({@link Edition#CURRENT}). */
interface EditionRepository extends MongoRepository<Edition, String> {
}
