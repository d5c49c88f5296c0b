package org.nec.agenda.person;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PersonRepository extends MongoRepository<Person, String> {
}
