package org.nec.notification.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param eventBefore how long before the edition's first day starts the event reminder goes out
 * @param sessionBefore how long before a session its reminder goes out to the people seated in it
 */
@ConfigurationProperties("nec.reminders")
public record ReminderProperties(@DefaultValue("P1D") Duration eventBefore, @DefaultValue("PT1H") Duration sessionBefore) {
}
