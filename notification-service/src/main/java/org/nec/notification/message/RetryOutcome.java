package org.nec.notification.message;

/** What an organiser's retry of a message did. */
public enum RetryOutcome {
    /** The message was FAILED and is due again. */
    RETRIED,
    /** No message has this id. */
    UNKNOWN,
    /** The message is not FAILED (scheduled, sent or cancelled): nothing changed. */
    NOT_FAILED,
    /** The person was erased: the log no longer holds an address to send to. */
    ERASED
}
