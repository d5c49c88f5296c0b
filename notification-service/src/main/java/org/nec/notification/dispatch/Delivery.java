package org.nec.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.message.Notifications;
import org.nec.platform.logging.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one part of a claimed batch over one SMTP connection at a time, chunk by chunk, and records each message's
 * outcome as the mail server answers it: SENT right after its acceptance, or a failed attempt. A message that makes
 * no sense any more is dropped instead.
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    /** Messages sent in one SMTP conversation. */
    private static final int CHUNK = 50;

    private final Notifications notifications;
    private final MailWriter writer;
    private final JavaMailSender mailSender;
    private final SessionDetails sessions;
    private final MailMetrics metrics;
    private final NotificationProperties properties;
    private final Clock clock;

    Delivery(Notifications notifications, MailWriter writer, JavaMailSender mailSender, SessionDetails sessions,
             MailMetrics metrics, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.writer = writer;
        this.mailSender = mailSender;
        this.sessions = sessions;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a part chunk by chunk (one SMTP conversation each), recording each message's outcome right after it.
     * Once half the lease is gone (a slow mail server), what is left is leased again before the next chunk, so the
     * lease never runs out during a send, and what was cancelled or taken over meanwhile is left out. Asked to
     * stop, the part gives back what it has not sent yet.
     */
    void send(List<Notification> part, SessionDetails.Snapshot snapshot, Instant leasedAt, String owner,
              BooleanSupplier stopping) {
        List<Notification> left = part;
        Instant renewBy = leasedAt.plus(properties.lease().dividedBy(2));
        while (!left.isEmpty()) {
            if (stopping.getAsBoolean()) {
                notifications.giveBack(left, owner);
                return;
            }
            if (!clock.instant().isBefore(renewBy)) {
                renewBy = clock.instant().plus(properties.lease().dividedBy(2));
                left = notifications.renew(left, owner);
                continue;
            }
            List<Notification> chunk = left.subList(0, Math.min(left.size(), CHUNK));
            left = left.subList(chunk.size(), left.size());
            sendChunk(chunk, snapshot, owner);
        }
    }

    private void sendChunk(List<Notification> claimed, SessionDetails.Snapshot snapshot, String owner) {
        Map<MimeMessage, Notification> batch = new LinkedHashMap<>();
        for (Notification drafted : claimed) {
            Notification next = writer.toCurrentAddress(drafted, snapshot);
            Optional<String> pointless = sessions.whyPointless(next, snapshot);
            if (pointless.isPresent()) {
                log.info("Dropping {}: {}", next.id(), pointless.get());
                notifications.drop(next, owner, pointless.get());
                continue;
            }
            try {
                batch.put(writer.compose(next, snapshot), next);
            } catch (MessagingException | RuntimeException e) {
                log.error("Cannot compose message {}", next.id(), PersonalData.masked(e));
                attemptFailed(next, owner, "cannot compose: " + e.getMessage());
            }
        }
        if (!batch.isEmpty()) {
            send(batch, owner);
        }
    }

    /** Each message is recorded as sent right after the mail server accepted it, not once its chunk is out. */
    private void send(Map<MimeMessage, Notification> batch, String owner) {
        MailConversation.send(mailSender, batch, notification -> {
                    notifications.markSent(notification, owner);
                    metrics.sent(notification.type());
                },
                (notification, failure) -> {
                    // a mail server's refusal usually quotes the recipient's address
                    log.warn("Sending {} failed (attempt {}): {}", notification.id(), notification.attempts(),
                            PersonalData.masked(failure.getMessage()));
                    attemptFailed(notification, owner, String.valueOf(failure.getMessage()));
                });
    }

    private void attemptFailed(Notification notification, String owner, String reason) {
        if (notifications.markAttemptFailed(notification, owner, reason)) {
            metrics.failed(notification.type());
        }
    }
}
