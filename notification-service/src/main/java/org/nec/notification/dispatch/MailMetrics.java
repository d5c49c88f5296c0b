package org.nec.notification.dispatch;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.nec.notification.message.DeliveryLog;
import org.nec.notification.message.MessageType;
import org.nec.platform.metrics.CachedReading;
import org.springframework.stereotype.Component;

/**
 * Whether mails keep up: {@code nec.mail.due} (due and not sent yet), {@code nec.mail.oldest.lateness} (seconds
 * the most overdue of them is late) and {@code nec.mail.sent} / {@code nec.mail.failed} by {@code type}. A growing
 * lateness is the first sign that attendees will get their reminders late.
 */
@Component
class MailMetrics implements MeterBinder {

    private final DeliveryLog log;
    private final Clock clock;
    private final Map<MessageType, Counter> sent = new EnumMap<>(MessageType.class);
    private final Map<MessageType, Counter> failed = new EnumMap<>(MessageType.class);

    MailMetrics(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MessageType type : MessageType.values()) {
            sent.put(type, Counter.builder("nec.mail.sent").description("Mails handed to the mail server")
                    .tag("type", type.name()).register(registry));
            failed.put(type, Counter.builder("nec.mail.failed")
                    .description("Mails given up after the last attempt").tag("type", type.name()).register(registry));
        }
        var backlog = new CachedReading<>(() -> log.backlog(clock.instant()), DeliveryLog.Backlog.NONE,
                CachedReading.PERIOD, clock);
        Gauge.builder("nec.mail.due", backlog, b -> b.get().due())
                .description("Mails whose time has come and that are not sent yet").strongReference(true).register(registry);
        Gauge.builder("nec.mail.oldest.lateness", backlog, b -> b.get().lateness(clock.instant()))
                .description("How late the most overdue unsent mail is").baseUnit("seconds").strongReference(true).register(registry);
    }

    void sent(MessageType type) {
        count(sent, type);
    }

    void failed(MessageType type) {
        count(failed, type);
    }

    private static void count(Map<MessageType, Counter> counters, MessageType type) {
        Counter counter = counters.get(type);
        if (counter != null) {
            counter.increment();
        }
    }
}
