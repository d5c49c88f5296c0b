package org.nec.agenda.room;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RoomRepository extends MongoRepository<Room, String> {
}
