package org.nec.notification.console;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationStatus;
import org.nec.notification.message.Notifications;
import org.nec.platform.web.ListPage;
import org.nec.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log over the API: the messages sent to someone, and the retry of a failed one. */
@RestController
class NotificationController {

    private final Notifications notifications;
    private final Retries retries;

    NotificationController(Notifications notifications, Retries retries) {
        this.notifications = notifications;
        this.retries = retries;
    }

    /** The delivery log, for one recipient or for everybody. */
    @GetMapping("/api/admin/notifications")
    ResponseEntity<List<DeliveryView>> list(@RequestParam(required = false) String email,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size)
                .answer(notifications.forRecipient(email).stream().map(DeliveryView::of).toList());
    }

    /** Sends a FAILED message again: 202, it is due now; 404 unknown; 409 when it is not FAILED. */
    @PostMapping("/api/admin/notifications/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RetryView retry(@PathVariable String id) {
        return switch (retries.retry(id)) {
            case RETRIED -> new RetryView(id, NotificationStatus.SCHEDULED);
            case UNKNOWN -> throw Problems.notFound("No message has this id.");
            case NOT_FAILED -> throw Problems.conflict("Only a failed message can be retried; this one is not.");
            case ERASED -> throw Problems.conflict("The person was erased: the message has no address to go to.");
        };
    }

    record RetryView(String id, NotificationStatus status) {
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
