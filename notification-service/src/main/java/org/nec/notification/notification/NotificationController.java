package org.nec.notification.notification;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The delivery log, for one recipient or for everybody. */
    @GetMapping("/api/admin/notifications")
    List<DeliveryView> list(@RequestParam(required = false) String email) {
        return notifications.forRecipient(email).stream().map(DeliveryView::of).toList();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(String id, MessageType type, String recipient, NotificationStatus status, Instant dueAt,
                        Instant sentAt, String subject, int attempts, String lastError) {

        static DeliveryView of(Notification n) {
            return new DeliveryView(n.id(), n.type(), n.recipient(), n.status(), n.dueAt(), n.sentAt(), n.subject(),
                    n.attempts(), n.lastError());
        }
    }
}
