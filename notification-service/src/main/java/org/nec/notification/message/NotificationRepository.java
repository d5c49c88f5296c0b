package org.nec.notification.message;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Plain creation and lookup of messages; their transitions are {@link Notifications}'. */
public interface NotificationRepository extends MongoRepository<Notification, String> {
}
