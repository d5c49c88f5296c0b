package org.nec.notification.message;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender of every message
 * @param lease how long a claimed message is reserved for the instance sending it; after that another takes over
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param firstRetryAfter wait before the second attempt, doubled after each failure
 * @param batchSize messages claimed at once
 * @param connections SMTP connections a batch is shared out over
 * @param pollInterval how often the dispatcher looks through the log for due messages it was not told about (the
 *                     safety net: scheduling a message tells it, and it wakes when the next one falls due)
 * @param digestWindow how long a schedule-change digest waits for the rest of its release's changes
 * @param publicUrl the front door people reach the platform through: the links in mails (unsubscribe, my
 *                  programme) start with it
 */
@ConfigurationProperties("nec.notification")
public record NotificationProperties(@DefaultValue("Numérique En Commun[s] <programme@nec.example>") String from,
                                     @DefaultValue("PT2M") Duration lease, @DefaultValue("8") int maxAttempts,
                                     @DefaultValue("PT5S") Duration firstRetryAfter,
                                     @DefaultValue("500") int batchSize, @DefaultValue("4") int connections, @DefaultValue("PT10S") Duration pollInterval,
                                     @DefaultValue("PT5S") Duration digestWindow,
                                     @DefaultValue("http://127.0.0.1:8080") String publicUrl) {
}
