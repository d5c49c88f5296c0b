package org.nec.events;

/** Bytes on a topic that are not a readable event envelope: a poison record, bound for the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
