package org.nec.notification.console;

import org.nec.notification.dispatch.Dispatcher;
import org.nec.notification.message.Notifications;
import org.nec.notification.message.RetryOutcome;
import org.springframework.stereotype.Component;

/** The organiser's retry of a FAILED message, from the console or the API: due again, and sent at once. */
@Component
class Retries {

    private final Notifications notifications;
    private final Dispatcher dispatcher;

    Retries(Notifications notifications, Dispatcher dispatcher) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    RetryOutcome retry(String id) {
        RetryOutcome outcome = notifications.retry(id);
        if (outcome == RetryOutcome.RETRIED) {
            dispatcher.wake();
        }
        return outcome;
    }
}
